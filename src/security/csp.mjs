// The site's Content-Security-Policy, built from the pages themselves: every inline <script> and
// <style> the build emits (Starlight's theme and sidebar scripts, Astro's island loader, scoped
// component styles, the <style> inside each build-time Observable Plot SVG) is allowed by its hash,
// everything else only from the site's own origin. One policy serves every page, so that a style a
// figure adds at run time (Plot writes the same <style> into the SVGs it draws in the browser) is
// allowed on a page whose build-time HTML has none.
import { createHash } from 'node:crypto';

/** The directives that do not depend on the pages. */
export const FIXED_DIRECTIVES = [
  "default-src 'self'",
  // Build-time figure fallbacks are data: PNGs; Starlight's CSS draws its icons from data: SVGs.
  "img-src 'self' data:",
  // KaTeX's CSS inlines one of its fonts as a data: URL.
  "font-src 'self' data:",
  "connect-src 'self'",
  // The WEAT figure's worker and Pagefind's worker are files on the site.
  "worker-src 'self'",
  // KaTeX and Plot position with thousands of style="" attributes. A style attribute cannot run
  // script (script-src-attr still forbids every inline event handler), so hashing them is not worth it.
  "style-src-attr 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Only an HTTP header can forbid framing: a <meta> policy ignores frame-ancestors. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** `'sha256-…'` of a script's or style's text. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character references decoded, as the parser does for text inside <svg> (but not in HTML <style>/<script>). */
function decodeEntities(text) {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (whole, hex, dec, name) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** [start, end) offsets of every <svg>…</svg> in the page. */
function svgRanges(html) {
  const ranges = [];
  const re = /<svg\b[\s\S]*?<\/svg>/gi;
  for (let m; (m = re.exec(html));) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * The texts of a page's inline scripts and styles, as the browser hashes them.
 * @param {string} html
 * @returns {{ scripts: string[]; styles: string[] }}
 */
export function inlineSources(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\ssrc\s*=/i.test(m[1] ?? '')) scripts.push(m[2] ?? '');
  }
  const inSvg = svgRanges(html);
  const styles = [];
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const text = m[1] ?? '';
    const svg = inSvg.some(([a, b]) => m.index > a && m.index < b);
    styles.push(svg ? decodeEntities(text) : text);
  }
  return { scripts, styles };
}

/** Inline event-handler attributes (`onclick="…"`) in the page's tags: the policy forbids them. */
export function inlineHandlers(html) {
  const found = [];
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    for (const attr of tag[0].matchAll(/\s(on[a-z]+)\s*=/gi)) found.push(attr[1]);
  }
  return found;
}

/**
 * The policy for a set of pages: the fixed directives plus the hashes of every page's inline
 * scripts and styles. `'wasm-unsafe-eval'` lets Pagefind's search (and TF.js's bundled long.js)
 * compile WebAssembly; it does not allow eval() of JavaScript.
 * @param {string[]} pages the HTML of each page
 * @param {{ header?: boolean }} [options] `header`: add the directives only a header can carry
 */
export function policyFor(pages, options = {}) {
  const scripts = new Set();
  const styles = new Set();
  for (const html of pages) {
    const found = inlineSources(html);
    for (const s of found.scripts) scripts.add(hashSource(s));
    for (const s of found.styles) styles.add(hashSource(s));
  }
  const directives = [
    ...FIXED_DIRECTIVES,
    ["script-src 'self' 'wasm-unsafe-eval'", ...[...scripts].sort()].join(' '),
    ["style-src-elem 'self'", ...[...styles].sort()].join(' '),
    ...(options.header ? HEADER_ONLY_DIRECTIVES : []),
  ];
  return directives.join('; ');
}

const META = /<meta http-equiv="content-security-policy"[^>]*>/i;

/** The page with the policy as a <meta> tag, right after <meta charset> so it governs every script. */
export function withMetaPolicy(html, policy) {
  const tag = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
  if (META.test(html)) return html.replace(META, tag);
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return html.slice(0, end) + tag + html.slice(end);
  }
  return html.replace(/<head\b[^>]*>/i, (head) => head + tag);
}

/** The policy of a page's <meta> tag, or null. */
export function metaPolicy(html) {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return m ? (m[1] ?? '').replace(/&quot;/g, '"') : null;
}

/** A `_headers` file (Netlify, Cloudflare Pages) that sends the policy with every response. */
export function headersFile(policy) {
  return `/*\n  Content-Security-Policy: ${policy}\n`;
}

/** The policy a `_headers` file sends, or null. */
export function headersPolicy(text) {
  const m = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(text);
  return m ? (m[1] ?? '').trim() : null;
}
