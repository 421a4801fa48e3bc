/**
 * Hostile values for figures' URL parameters and text fields, generated from a seed so that a
 * failure names a payload that the next run produces again. Every script or markup payload
 * would set `window[CANARY]` if it ever ran, so a test only has to check that it stays unset.
 */
import { mulberry32 } from '../../widgets/lib/rng';

export const CANARY = '__lwlCanary';

/** The kinds of URL field (`widgets/lib/url-state.ts`); `other` is a figure's own codec. */
export const KINDS = ['int', 'num', 'oneOf', 'bool', 'text', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export const CLASSES = [
  'number',
  'notation',
  'long',
  'control',
  'bidi',
  'zero-width',
  'null',
  'surrogate',
  'percent',
  'prototype',
  'markup',
  'mixture',
] as const;
export type PayloadClass = (typeof CLASSES)[number];

export interface Hostile {
  cls: PayloadClass;
  /** The value as the parser receives it after decoding. */
  value: string;
  /** What goes after `=` in a query string; set where it is not `encodeURIComponent(value)` (broken percent-encoding). */
  raw?: string;
}

const set = `window.${CANARY}=1`;

const MARKUP = [
  `<img src=x onerror=${set}>`,
  `"><svg onload=${set}>`,
  `'><svg/onload=${set}>`,
  `javascript:${set}`,
  `JaVaScRiPt:${set}//`,
  `</script><script>${set}</script>`,
  `</textarea><script>${set}</script>`,
  `</title><img src=x onerror=${set}>`,
  '${' + set + '}',
  '`;' + set + ';`',
  `" onmouseover="${set}" x="`,
  `' autofocus onfocus='${set}' x='`,
  `" autofocus onfocus=${set} "`,
  `<style>*{x:expression(${set})}</style>`,
  `x:expression(${set})`,
  `{{constructor.constructor('${set}')()}}`,
  `{{${set}}}`,
  `<iframe srcdoc="<script>parent.${set}</script>">`,
  `<a href="javascript:${set}">x</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${set}>`,
  `<details open ontoggle=${set}>`,
  `<body onload=${set}>`,
  `data:text/html,<script>${set}</script>`,
  `&lt;img src=x onerror=${set}&gt;`,
  `\\u003cimg src=x onerror=${set}\\u003e`,
];

const NUMBERS = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'infinity',
  '1e308',
  '-1e308',
  '1e309',
  '1e-308',
  '5e-324',
  '-0',
  '-0.0',
  '0.0000000000000000000001',
  '9007199254740993',
  '-9007199254740993',
  '2147483648',
  '-2147483649',
  '1' + '0'.repeat(400),
  '0.' + '0'.repeat(400) + '1',
  '999999999',
  '-999999999',
  '1000000',
  '-1',
  '-1000',
  '4294967296',
  '1e21',
  '1.7976931348623157e308',
  '2.2250738585072014e-308',
  '123456789012345678901234567890',
];

const NOTATIONS = [
  '0x10',
  '0X1F',
  '0b101',
  '0o17',
  '017',
  '1_000',
  '1,000',
  '1.000,5',
  ' 5',
  '5 ',
  '\t5',
  '5\n',
  '+5',
  '++5',
  '--5',
  '5-',
  '.',
  '-',
  '+',
  '',
  ' ',
  'e',
  '1e',
  '1e+',
  '.e1',
  '1..2',
  '1.2.3',
  '٣',
  '٣٤',
  '۵',
  '５',
  '१२',
  '½',
  'Ⅻ',
  '5px',
  '5%',
  'true',
  'false',
  'yes',
  'on',
  'null',
  'undefined',
  '[]',
  '{}',
  '[1]',
  '1/2',
  '0.5f',
  '1e1',
  '5\u00a0',
];

const CONTROL = ['\u0001', '\u0007', '\b', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\r\n', '\f', '\v', '\u2028', '\u2029'];
const BIDI = [
  '\u202e',
  '\u202d',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u200e',
  '\u200f',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u034f', '\u00ad'];
const SURROGATES = ['\ud800', '\udfff', '\udc00\ud800', 'a\ud83d', '\ude00b'];
const PROTOTYPE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '__proto__[polluted]=1',
  'constructor.prototype.polluted',
  '{"__proto__":{"polluted":1}}',
  'Object',
  'length',
];
/** Literal query-string text after `=`; decoded by URLSearchParams as the platform does. */
const PERCENT = [
  '%',
  '%%',
  '%E0%A4%A',
  '%ZZ',
  '%u0041',
  '%0',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%2',
  '%%41',
  '%25%',
  '%E2%80%AE',
];

const WORDS = ['king', 'frog', 'man', 'woman', 'he', 'she', 'doctor', 'nurse', 'the', 'of'];

function pick<T>(rand: () => number, from: readonly T[]): T {
  return from[Math.floor(rand() * from.length)] as T;
}

function decodeLikeAQuery(raw: string): string {
  return new URLSearchParams(`k=${raw}`).get('k') ?? '';
}

/** Hand-written payloads, grouped by class; the same for every kind. */
function base(): Hostile[] {
  const out: Hostile[] = [];
  const add = (cls: PayloadClass, values: readonly string[]) => values.forEach((value) => out.push({ cls, value }));
  add('number', NUMBERS);
  add('notation', NOTATIONS);
  add('long', [
    'x'.repeat(100_000),
    '9'.repeat(100_000),
    'king-'.repeat(20_000),
    `<${'x'.repeat(999)}`.repeat(100),
    `\u202e${'x'.repeat(999)}`.repeat(100),
  ]);
  add(
    'control',
    CONTROL.flatMap((c) => [c, `5${c}`, `king${c}`]),
  );
  add(
    'bidi',
    BIDI.flatMap((c) => [c, `${c}5`, `${c}king`]),
  );
  add(
    'zero-width',
    ZERO_WIDTH.flatMap((c) => [c, `1${c}0`, `ki${c}ng`]),
  );
  add('null', ['\0', '5\0', '\0king', 'king\0<img src=x onerror=' + set + '>', '\0'.repeat(1000)]);
  add('surrogate', SURROGATES);
  for (const raw of PERCENT) out.push({ cls: 'percent', value: decodeLikeAQuery(raw), raw });
  add('prototype', PROTOTYPE);
  add('markup', MARKUP);
  return out;
}

/** Seeded mixtures: fragments of every class glued together, some around a valid-looking value. */
function mixtures(kind: Kind, count: number, rand: () => number): Hostile[] {
  const fragments = [
    ...MARKUP,
    ...CONTROL,
    ...BIDI,
    ...ZERO_WIDTH,
    ...SURROGATES,
    ...PROTOTYPE,
    '\0',
    '"',
    "'",
    '`',
    '<',
    '&amp;',
  ];
  const valid = kind === 'bool' ? ['0', '1'] : kind === 'text' ? WORDS : ['1', '0', '0.5', '3', '-2', '10'];
  const out: Hostile[] = [];
  for (let i = 0; i < count; i++) {
    const parts = [pick(rand, valid)];
    const n = 1 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) parts.splice(Math.floor(rand() * (parts.length + 1)), 0, pick(rand, fragments));
    out.push({ cls: 'mixture', value: parts.join(rand() < 0.5 ? '' : ' ') });
  }
  return out;
}

/** At least 100 hostile values for a field of `kind`, the same for the same seed. */
export function hostileValues(kind: Kind, seed = 14): Hostile[] {
  const id = `${kind} ${seed}`;
  let values = made.get(id);
  if (!values) made.set(id, (values = [...base(), ...mixtures(kind, 40, mulberry32(seed + KINDS.indexOf(kind)))]));
  return values;
}

const made = new Map<string, Hostile[]>();

/**
 * Word lists made of hostile values, for the figures' word-list fields: each class's values
 * joined as a list, with ordinary words among them, comma- and space-separated.
 */
export function hostileWordLists(seed = 14): Hostile[] {
  const rand = mulberry32(seed);
  const values = hostileValues('text', seed);
  return CLASSES.map((cls) => {
    const own = values.filter((h) => h.cls === cls && h.value.length < 1000).map((h) => h.value);
    const words = (own.length > 0 ? own : [cls]).slice(0, 12).flatMap((v) => [v, pick(rand, WORDS)]);
    return { cls, value: words.join(rand() < 0.5 ? ', ' : ' ') };
  });
}

/** Ten thousand ordinary-looking words, some repeated and some unknown. */
export function tenThousandWords(seed = 14): string {
  const rand = mulberry32(seed);
  return Array.from({ length: 10_000 }, (_, i) => (rand() < 0.7 ? pick(rand, WORDS) : `w${i}`)).join(' ');
}

/** What goes after `=` in a query for `h`. */
export function queryValue(h: Hostile): string {
  if (h.raw !== undefined) return h.raw;
  let q = encoded.get(h);
  if (q === undefined) encoded.set(h, (q = encode(h)));
  return q;
}

const encoded = new WeakMap<Hostile, string>();

function encode(h: Hostile): string {
  // Lone surrogates cannot be percent-encoded; the platform turns them into U+FFFD.
  return encodeURIComponent(h.value.replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPaired(s, i) ? c : '\ufffd')));
}

function isPaired(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}
