/**
 * Formats one entry as the book prints references: APA (7th edition) through citeproc, the CSL
 * processor behind citation-js. The text cites by number, so each entry is formatted on its own:
 * APA's "2016a/2016b" suffixes would mean nothing in a numbered list.
 */
import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-csl';

export interface FormatOptions {
  /** DOIs and URLs as links (the reference list) or as plain text (the popover beside a citation). */
  links: boolean;
}

const WRAPPER = /^\s*<div\b[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*$/;

/**
 * The entry as HTML, without citeproc's wrapping `<div>`. citeproc escapes every field and only
 * passes its own rich-text markup (`<i>`, `<b>`, `<sup>`, `<sub>`, small caps) and, with links,
 * `<a href>` for the DOI or URL.
 */
export function formatReference(csl: CSL, { links }: FormatOptions): string {
  const out = plugins.output.format('bibliography', [csl], {
    format: 'html',
    template: 'apa',
    lang: 'en-US',
    asEntryArray: true,
    hyperlinks: links,
  }) as [string, string][];
  const html = out[0]?.[1] ?? '';
  const inner = WRAPPER.exec(html)?.[1];
  if (inner === undefined) throw new Error(`Could not format the reference "${String(csl.id)}": ${html}`);
  return inner.trim();
}
