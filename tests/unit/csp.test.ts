/** The site's Content-Security-Policy as src/security/csp.mjs builds it from the pages. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  HEADER_ONLY_DIRECTIVES,
  hashSource,
  headersFile,
  headersPolicy,
  inlineHandlers,
  inlineSources,
  metaPolicy,
  policyFor,
  withMetaPolicy,
} from '../../src/security/csp.mjs';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inline sources', () => {
  it('hashes as CSP does: the base64 SHA-256 of the exact text', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it('finds inline scripts and styles, not scripts loaded from a file', () => {
    const html = page('<script>a()</script><script type="module" src="/_astro/x.js"></script><style>p{}</style>');
    expect(inlineSources(html)).toEqual({ scripts: ['a()'], styles: ['p{}'] });
  });

  it('decodes character references in an SVG <style>, as the parser does, but not in an HTML one', () => {
    const html = page('<style>a&gt;b{}</style>', '<svg><style>a&gt;b{}</style></svg>');
    expect(inlineSources(html).styles).toEqual(['a&gt;b{}', 'a>b{}']);
  });

  it('finds inline event handlers in tags, not in prose', () => {
    expect(inlineHandlers(page('', '<img src="x" onerror="alert(1)"><p>go on=now</p>'))).toEqual(['onerror']);
  });
});

describe('the policy', () => {
  const pages = [page('<script>a()</script>'), page('<script>b()</script><style>p{}</style>')];

  it('allows every page’s inline scripts and styles by hash, on every page', () => {
    const policy = policyFor(pages);
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')}`);
    expect(policy).toContain(`style-src-elem 'self' ${sha('p{}')}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('keeps frame-ancestors for the header, where it works', () => {
    expect(policyFor(pages)).not.toContain('frame-ancestors');
    expect(policyFor(pages, { header: true })).toBe(`${policyFor(pages)}; ${HEADER_ONLY_DIRECTIVES.join('; ')}`);
  });

  it('goes into the page right after <meta charset>, before any script, and replaces an older one', () => {
    const policy = policyFor(pages);
    const once = withMetaPolicy(pages[0] ?? '', policy);
    expect(once).toContain(`<meta charset="utf-8"/><meta http-equiv="content-security-policy"`);
    expect(metaPolicy(once)).toBe(policy);
    const twice = withMetaPolicy(once, "default-src 'none'");
    expect(twice.match(/content-security-policy/g)).toHaveLength(1);
    expect(metaPolicy(twice)).toBe("default-src 'none'");
  });

  it('the _headers file sends the same policy to every path', () => {
    const policy = policyFor(pages, { header: true });
    const file = headersFile(policy);
    expect(file.startsWith('/*\n')).toBe(true);
    expect(headersPolicy(file)).toBe(policy);
  });
});
