import { describe, expect, it } from 'vitest';
import { checkLinks, type SitePage } from '../../scripts/lib/links';

const ORIGIN = 'https://book.example';
const page = (path: string, body: string): SitePage => ({ path, html: `<!doctype html><html><body>${body}</body></html>` });
const files = new Set(['/models/ae/card.json']);
const check = (pages: SitePage[]) => checkLinks(pages, (p) => files.has(p), ORIGIN);

describe('checkLinks', () => {
  const site = [
    page('/', '<a href="/part-1/a/">A</a><a href="part-1/a/#fig">fig</a><a href="https://book.example/part-1/a/#eq">eq</a>'),
    page('/part-1/a/', '<h2 id="fig">Figure</h2><span id="eq"></span><a href="#fig">self</a><a href="../../">home</a>'),
  ];

  it('accepts links to pages, anchors, relative paths and the site written in full', () => {
    const r = check(site);
    expect(r.broken).toEqual([]);
    expect(r.internal).toBe(5);
  });

  it('names a missing page, a missing anchor and a page asked for without its slash', () => {
    const r = check([
      ...site,
      page('/b/', '<a href="/part-1/gone/">x</a><a href="/part-1/a/#nope">y</a><a href="/part-1/a">z</a>'),
    ]);
    expect(r.broken).toEqual([
      { from: '/b/', href: '/part-1/gone/', reason: 'points at no page or file of the site' },
      { from: '/b/', href: '/part-1/a/#nope', reason: 'points at #nope, which /part-1/a/ does not have' },
      { from: '/b/', href: '/part-1/a', reason: 'lacks the trailing slash of /part-1/a/' },
    ]);
  });

  it('accepts a served file and an anchor given by a[name], and decodes percent-encoding', () => {
    const r = check([
      page('/', '<a href="/models/ae/card.json">card</a><a href="/c/#caf%C3%A9">anchor</a>'),
      page('/c/', '<a name="café"></a>'),
    ]);
    expect(r.broken).toEqual([]);
  });

  it('counts links off the site without following them, and rejects script addresses', () => {
    const r = check([
      page('/', '<a href="https://doi.org/10.1/x">doi</a><a href="mailto:a@b.c">mail</a><a href="javascript:alert(1)">js</a>'),
    ]);
    expect(r.external).toBe(1);
    expect(r.broken).toEqual([{ from: '/', href: 'javascript:alert(1)', reason: 'uses javascript:' }]);
  });

  it('reports malformed percent-encoding rather than throwing', () => {
    const r = check([page('/', '<a href="/%E0%A4%A/">bad</a><a href="/#%E0%A4%A">bad anchor</a>')]);
    expect(r.broken.map((b) => b.reason)).toEqual([
      'has a malformed percent-encoding',
      'has a malformed percent-encoding in its anchor',
    ]);
  });
});
