/**
 * The broken-link check over a built site: every link from one of its pages to the site
 * itself (a page, a file, an anchor on a page) must arrive. Pure: it takes the pages' HTML and
 * the site's files, so the unit test can hand it small sites and `npm test` the real one.
 * Links off the site are not fetched (the book must work without a network); they are
 * only counted.
 */
import { parseHTML } from 'linkedom';

export interface SitePage {
  /** The page's site path, "/part-2/autoencoders/". */
  readonly path: string;
  readonly html: string;
}

export interface BrokenLink {
  readonly from: string;
  readonly href: string;
  readonly reason: string;
}

export interface LinkReport {
  readonly broken: BrokenLink[];
  /** Internal links checked, and links off the site left alone. */
  readonly internal: number;
  readonly external: number;
}

/** What a page offers and asks for: its anchors, and the links it holds. */
interface Parsed {
  readonly ids: Set<string>;
  readonly hrefs: string[];
}

function parse(html: string): Parsed {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id') ?? '');
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name') ?? '');
  const hrefs = [...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href') ?? '');
  return { ids, hrefs };
}

/**
 * Checks every `<a href>` and `<area href>` of `pages`. `origin` is the site's own address
 * (a link to it written in full is internal too); `hasFile` says whether a site path other
 * than a page (a model card, a data file) is served.
 */
export function checkLinks(pages: readonly SitePage[], hasFile: (sitePath: string) => boolean, origin: string): LinkReport {
  const parsed = new Map(pages.map((p) => [p.path, parse(p.html)]));
  const broken: BrokenLink[] = [];
  let internal = 0;
  let external = 0;
  for (const page of pages) {
    const base = new URL(page.path, origin);
    for (const href of (parsed.get(page.path) as Parsed).hrefs) {
      let url: URL;
      try {
        url = new URL(href, base);
      } catch {
        broken.push({ from: page.path, href, reason: 'is not a valid address' });
        continue;
      }
      if (url.origin !== new URL(origin).origin) {
        if (url.protocol === 'http:' || url.protocol === 'https:') external++;
        else if (url.protocol !== 'mailto:') broken.push({ from: page.path, href, reason: `uses ${url.protocol}` });
        continue;
      }
      internal++;
      const reason = arrives(url, parsed, hasFile);
      if (reason) broken.push({ from: page.path, href, reason });
    }
  }
  return { broken, internal, external };
}

/** Why `url` does not arrive, or undefined when it does. */
function arrives(url: URL, pages: ReadonlyMap<string, Parsed>, hasFile: (p: string) => boolean): string | undefined {
  let path: string;
  try {
    path = decodeURI(url.pathname);
  } catch {
    return 'has a malformed percent-encoding';
  }
  const target = pages.get(path);
  if (!target) {
    if (pages.has(`${path}/`)) return `lacks the trailing slash of ${path}/`;
    return hasFile(path) ? undefined : 'points at no page or file of the site';
  }
  if (url.hash.length <= 1) return undefined;
  let anchor: string;
  try {
    anchor = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'has a malformed percent-encoding in its anchor';
  }
  return target.ids.has(anchor) ? undefined : `points at #${anchor}, which ${path} does not have`;
}
