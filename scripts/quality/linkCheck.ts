/**
 * Internal link checker over a built site: every href/src/srcset (and the search box's
 * data-index) that points inside the site, and every result URL in search-index.json, must
 * resolve to a built file, under the base path, and every `#fragment` must name an element on
 * the target page. External links (other hosts, mailto:, tel:) are not followed. The one link
 * checker: `npm test` runs it through scripts/check-site.ts, the browser tests call it directly.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './builtSite.ts';
import { scanHtml } from './html.ts';

export interface LinkProblem {
  /** The page (or search-index.json), relative to the built folder. */
  file: string;
  /** The line in the page; in search-index.json, the record's position (1 = first). */
  line: number;
  link: string;
  message: string;
}

const SITE = 'http://site.invalid';
const EXTERNAL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SEARCH_INDEX = 'search-index.json';

/** The URL-valued attributes we check; `srcset` holds several, comma-separated. */
function linksOf(attributes: Record<string, string>): string[] {
  const links: string[] = [];
  for (const name of ['href', 'src', 'poster', 'action', 'data-index']) {
    const value = attributes[name]?.trim();
    if (value) links.push(value);
  }
  if (attributes.srcset) {
    for (const candidate of attributes.srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push(url);
    }
  }
  return links;
}

export function normaliseBase(base: string): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

export function checkLinks(dir: string, base = '/'): LinkProblem[] {
  const basePath = normaliseBase(base);
  const problems: LinkProblem[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = scanHtml(readFileSync(join(dir, file), 'utf8')).ids;
      idsCache.set(file, ids);
    }
    return ids;
  };
  /** The built file a site path (below the base) names, or undefined. */
  const fileFor = (path: string): string | undefined => {
    const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.find((candidate) => existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile());
  };

  const check = (file: string, line: number, link: string, from: URL) => {
    const report = (message: string) => problems.push({ file, line, link, message });
    if (link.startsWith('//') || (EXTERNAL_SCHEME.test(link) && !link.startsWith(SITE))) return;
    let target: URL;
    try {
      target = new URL(link, from);
    } catch {
      report('is not a valid URL');
      return;
    }
    const pathname = decodeURIComponent(target.pathname);
    if (!pathname.startsWith(basePath)) {
      report(`points outside the base path ${basePath}: expected a link that starts with ${basePath}`);
      return;
    }
    const targetFile = fileFor(pathname.slice(basePath.length));
    if (!targetFile) {
      report(`points at ${pathname}, which is not in the built site`);
      return;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment)) {
      report(`points at #${fragment}, but ${targetFile} has no element with that id`);
    }
  };

  for (const page of builtPages(dir)) {
    const pageUrl = new URL(`${basePath}${page.url.slice(1)}`, SITE);
    const scanned = scanHtml(readFileSync(join(dir, page.file), 'utf8'));
    idsCache.set(page.file, scanned.ids);
    for (const tag of scanned.tags) {
      for (const link of linksOf(tag.attributes)) check(page.file, tag.line, link, pageUrl);
    }
  }
  // Search results are links too: each record's URL, as the search box will open it.
  if (existsSync(join(dir, SEARCH_INDEX))) {
    const records = JSON.parse(readFileSync(join(dir, SEARCH_INDEX), 'utf8')) as { url?: unknown }[];
    const indexUrl = new URL(`${basePath}${SEARCH_INDEX}`, SITE);
    records.forEach((record, index) => {
      if (typeof record.url === 'string') check(SEARCH_INDEX, index + 1, record.url, indexUrl);
    });
  }
  return problems;
}

export function formatLinkProblem(dir: string, problem: LinkProblem): string {
  return `${join(dir, problem.file)}:${problem.line}  ${problem.link}  ${problem.message}`;
}
