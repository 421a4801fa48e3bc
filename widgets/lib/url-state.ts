/**
 * Widget state in the page URL, so that instructors can link to a view.
 *
 * Each widget owns the query parameters prefixed with its id, e.g.
 * `?gmm.mix=three&gmm.seed=7#gmm`. The hash stays free for section anchors
 * (and points at the widget when a link is copied). Only values that differ
 * from the defaults are written. A value that does not parse, is out of range
 * or is too long falls back to its default and is reported as a problem;
 * values are never interpreted as markup.
 */

export interface Field<T> {
  readonly default: T;
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** Shown to the reader when a link's value is rejected. */
  readonly describe: string;
  /** Which of the codecs below made the field; a figure's own codec leaves it out. */
  readonly kind?: 'int' | 'num' | 'oneOf' | 'bool' | 'text';
}

export type Schema<S> = { readonly [K in keyof S]: Field<S[K]> };

const DEFAULT_TEXT_LENGTH = 200;

export function int(min: number, max: number, def: number): Field<number> {
  return {
    kind: 'int',
    default: def,
    describe: `a whole number from ${min} to ${max}`,
    parse: (raw) => {
      if (!/^-?\d+$/.test(raw)) return undefined;
      const v = Number(raw);
      return v >= min && v <= max ? v : undefined;
    },
    format: (v) => String(Math.round(v)),
  };
}

export function num(min: number, max: number, def: number, digits = 3): Field<number> {
  return {
    kind: 'num',
    default: def,
    describe: `a number from ${min} to ${max}`,
    parse: (raw) => {
      if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(raw)) return undefined;
      const v = Number(raw);
      return Number.isFinite(v) && v >= min && v <= max ? v : undefined;
    },
    format: (v) => String(Number(v.toFixed(digits))),
  };
}

export function oneOf<T extends string>(values: readonly T[], def: T): Field<T> {
  return {
    kind: 'oneOf',
    default: def,
    describe: `one of ${values.join(', ')}`,
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    format: (v) => v,
  };
}

export function bool(def: boolean): Field<boolean> {
  return {
    kind: 'bool',
    default: def,
    describe: '0 or 1',
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
    format: (v) => (v ? '1' : '0'),
  };
}

/** Free text (e.g. a word list). Length-capped; the widget must still validate the content. */
export function text(def: string, maxLength = DEFAULT_TEXT_LENGTH): Field<string> {
  return {
    kind: 'text',
    default: def,
    describe: `text of at most ${maxLength} characters`,
    parse: (raw) => (raw.length <= maxLength ? raw : undefined),
    format: (v) => v,
  };
}

export function defaults<S>(schema: Schema<S>): S {
  const out = {} as S;
  for (const key of Object.keys(schema) as (keyof S)[]) out[key] = schema[key].default;
  return out;
}

export interface ReadResult<S> {
  state: S;
  /** Human-readable notes about values in the link that were ignored. */
  problems: string[];
}

export function readState<S>(widgetId: string, schema: Schema<S>, search: string): ReadResult<S> {
  const state = defaults(schema);
  const problems: string[] = [];
  const prefix = `${widgetId}.`;
  // A Map, not an object: a parameter named `__proto__` must stay a name.
  const given = new Map<string, string[]>();
  for (const [name, raw] of new URLSearchParams(search)) {
    if (!name.startsWith(prefix)) continue;
    const key = name.slice(prefix.length);
    given.set(key, [...(given.get(key) ?? []), raw]);
  }
  for (const [key, raws] of given) {
    if (!Object.prototype.hasOwnProperty.call(schema, key)) {
      problems.push(`The link has a setting “${shown(key)}” that this figure does not know; it was ignored.`);
      continue;
    }
    // Given more than once: the last one counts, as in a form, and the reader is told.
    if (raws.length > 1) problems.push(`The link sets “${key}” ${raws.length} times; only the last one was read.`);
    const field = schema[key as keyof S];
    const value = field.parse(raws[raws.length - 1] as string);
    if (value === undefined) {
      problems.push(`The link’s value for “${key}” is not ${field.describe}; the default was used instead.`);
    } else {
      state[key as keyof S] = value;
    }
  }
  return { state, problems };
}

/** Whether two states would write the same link (the comparison the address bar makes). */
export function sameState<S>(schema: Schema<S>, a: S, b: S): boolean {
  return (Object.keys(schema) as (keyof S)[]).every((key) => schema[key].format(a[key]) === schema[key].format(b[key]));
}

/**
 * The state after the history moved (Back, Forward) to a URL with query `search`:
 * what that URL says, validated as a fresh link is, or `current` itself when the
 * URL says the same, so that a figure does not redo work for an unchanged view.
 */
export function stateAfterHistoryMove<S>(widgetId: string, schema: Schema<S>, current: S, search: string): ReadResult<S> {
  const read = readState(widgetId, schema, search);
  return sameState(schema, read.state, current) ? { state: current, problems: read.problems } : read;
}

/** The query string for `state`, keeping other widgets' and pages' parameters. */
export function writeSearch<S>(widgetId: string, schema: Schema<S>, state: S, search: string): string {
  const params = new URLSearchParams(search);
  const prefix = `${widgetId}.`;
  for (const name of [...params.keys()]) if (name.startsWith(prefix)) params.delete(name);
  for (const key of Object.keys(schema) as (keyof S & string)[]) {
    const field = schema[key];
    const formatted = field.format(state[key]);
    if (formatted !== field.format(field.default)) params.set(prefix + key, formatted);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Replace the address bar's query (no history entry), so reload and copy keep the view. */
export function syncAddressBar<S>(widgetId: string, schema: Schema<S>, state: S): void {
  const search = writeSearch(widgetId, schema, state, window.location.search);
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  window.history.replaceState(window.history.state, '', url);
}

/** A full link that restores `state` and scrolls to the widget. */
export function linkTo<S>(widgetId: string, schema: Schema<S>, state: S): string {
  const search = writeSearch(widgetId, schema, state, window.location.search);
  return `${window.location.origin}${window.location.pathname}${search}#${widgetId}`;
}

/**
 * A name from the link as it may be shown: at most 40 characters (whole code points), with
 * controls, direction overrides and invisible characters made visible as U+FFFD, so that a
 * link cannot reorder or hide the rest of the notice.
 */
function shown(s: string): string {
  const chars = Array.from(s.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, '\ufffd'));
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
}
