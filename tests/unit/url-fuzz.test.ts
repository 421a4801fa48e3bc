/**
 * Every hostile value of tests/lib/hostile.ts through the real URL-state parser, for every field
 * of every figure's schema (found by globbing widgets/*\/state.ts, so a new figure is covered
 * as it is added): no throw, the default or a valid value, a notice that names the parameter,
 * duplicates resolved the same way every time, no prototype pollution, and notices that render
 * as plain text.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { readState, type Field, type Schema } from '~/lib/url-state';
import { Messages } from '~/lib/ui/Messages';
import { CLASSES, KINDS, hostileValues, queryValue, type Hostile, type Kind } from '../lib/hostile';

interface Figure {
  id: string;
  schema: Schema<Record<string, unknown>>;
}

const WIDGETS = join(import.meta.dirname, '../../widgets');
const figures: Figure[] = await Promise.all(
  readdirSync(WIDGETS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib' && readdirSync(join(WIDGETS, d.name)).includes('state.ts'))
    .map(async (d) => {
      const mod = (await import(join(WIDGETS, d.name, 'state.ts'))) as { WIDGET_ID: string; schema: Figure['schema'] };
      return { id: mod.WIDGET_ID, schema: mod.schema };
    }),
);

const kindOf = (field: Field<unknown>): Kind => field.kind ?? 'other';
const format = (field: Field<unknown>, v: unknown) => field.format(v);
const decodedOnce = new WeakMap<Hostile, string>();
function decoded(h: Hostile): string {
  let d = decodedOnce.get(h);
  if (d === undefined) decodedOnce.set(h, (d = new URLSearchParams(`k=${queryValue(h)}`).get('k') ?? ''));
  return d;
}
const named = (problems: readonly string[], key: string) => problems.some((p) => p.includes(`“${key}”`));

/** The markup Messages writes around each notice; anything else in its HTML came from the text. */
const OWN_MARKUP = /<\/?div[^>]*>|<p class="widget-message" data-kind="(note|error)">|<\/p>/g;

function expectPlainText(problems: readonly string[]): void {
  const html = renderToString(h(Messages, { problems }));
  // Text may hold a `>`, which starts nothing; a `<` would start a tag.
  expect(html.replace(OWN_MARKUP, '')).not.toContain('<');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  expect(Array.from(document.body.querySelectorAll('*'), (e) => e.localName).filter((n) => n !== 'div' && n !== 'p')).toEqual([]);
  expect(Array.from(document.body.querySelectorAll('p'), (e) => e.textContent)).toEqual([...problems]);
  for (const p of problems) {
    // Nothing in a notice can hide or reorder the words around it.
    expect(p).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u);
  }
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
}

it('finds every figure’s schema, and every kind of field among them', () => {
  expect(figures.length).toBeGreaterThanOrEqual(18);
  const kinds = new Set(figures.flatMap((f) => Object.values(f.schema).map(kindOf)));
  for (const k of KINDS) expect(kinds, k).toContain(k);
});

it('generates at least 100 hostile values of every class mix for every kind, the same for the same seed', () => {
  for (const kind of KINDS) {
    const values = hostileValues(kind);
    expect(values.length).toBeGreaterThanOrEqual(100);
    expect(new Set(values.map((v) => v.cls))).toEqual(new Set(CLASSES));
    expect(hostileValues(kind)).toEqual(values);
  }
});

describe.each(figures)('$id', ({ id, schema }) => {
  const keys = Object.keys(schema);

  it.each(keys)('%s: every hostile value falls back to the default or a valid value, and says so', (key) => {
    const field = schema[key] as Field<unknown>;
    const notices: string[] = [];
    for (const hostile of hostileValues(kindOf(field))) {
      const search = `?${id}.${key}=${queryValue(hostile)}`;
      const label = `${id}.${key} = ${JSON.stringify(hostile.value.slice(0, 60))} (${hostile.cls})`;
      const { state, problems } = readState(id, schema, search);
      const accepted = field.parse(decoded(hostile));
      if (accepted === undefined) {
        expect(format(field, state[key]), label).toBe(format(field, field.default));
        expect(named(problems, key), label).toBe(true);
      } else {
        // Accepted: then it is what the field would write back, a valid value.
        expect(format(field, state[key]), label).toBe(format(field, accepted));
        expect(field.parse(format(field, accepted)), label).not.toBeUndefined();
        if (kindOf(field) === 'int' || kindOf(field) === 'num') expect(Number.isFinite(accepted), label).toBe(true);
        expect(problems, label).toEqual([]);
      }
      for (const other of keys.filter((k) => k !== key))
        expect(format(schema[other] as Field<unknown>, state[other]), label).toBe(
          format(schema[other] as Field<unknown>, (schema[other] as Field<unknown>).default),
        );
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
      expect(Object.keys(state).sort()).toEqual([...keys].sort());
      notices.push(...problems);
    }
    expectPlainText(notices);
    expectNoPollution();
  });

  it('every field hostile at once, and hostile parameter names, never pollute or inject', () => {
    for (const cls of CLASSES) {
      const parts = keys.map((key) => {
        const values = hostileValues(kindOf(schema[key] as Field<unknown>)).filter((v) => v.cls === cls);
        return `${id}.${key}=${queryValue(values[keys.indexOf(key) % values.length] as Hostile)}`;
      });
      const names = hostileValues('text')
        .filter((v) => v.cls === cls)
        .map((v) => `${id}.${queryValue(v)}=1`);
      const { state, problems } = readState(id, schema, `?${[...parts, ...names].join('&')}`);
      expect(Object.keys(state).sort()).toEqual([...keys].sort());
      expect(problems.length).toBeGreaterThan(0);
      expectPlainText(problems);
    }
    expectNoPollution();
  });

  it('a parameter given twice: the last one counts, whatever the order, and the reader is told', () => {
    for (const key of keys) {
      const field = schema[key] as Field<unknown>;
      const good = format(field, field.default);
      const bad = queryValue(hostileValues(kindOf(field)).find((v) => field.parse(decoded(v)) === undefined) as Hostile);
      const goodLast = readState(id, schema, `?${id}.${key}=${bad}&${id}.${key}=${encodeURIComponent(good)}`);
      expect(format(field, goodLast.state[key])).toBe(good);
      expect(goodLast.problems).toEqual([`The link sets “${key}” 2 times; only the last one was read.`]);
      const badLast = readState(id, schema, `?${id}.${key}=${encodeURIComponent(good)}&${id}.${key}=${bad}`);
      expect(format(field, badLast.state[key])).toBe(good);
      expect(badLast.problems).toHaveLength(2);
      expect(readState(id, schema, `?${id}.${key}=${encodeURIComponent(good)}&${id}.${key}=${bad}`)).toEqual(badLast);
    }
  });

  it('a wholly broken query string leaves the defaults', () => {
    for (const search of [
      '?%',
      '?&&&',
      `?${id}.`,
      `?${id}.=`,
      `?=${id}`,
      `?${id}.%E0%A4%A=%`,
      '?'.repeat(1000),
      `?${'&'.repeat(10_000)}`,
    ]) {
      const { state } = readState(id, schema, search);
      for (const key of keys)
        expect(format(schema[key] as Field<unknown>, state[key])).toBe(
          format(schema[key] as Field<unknown>, (schema[key] as Field<unknown>).default),
        );
    }
  });
});
