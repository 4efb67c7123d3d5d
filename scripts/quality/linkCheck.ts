/**
 * Internal link checker over a built site: every href/src/srcset that points inside the site
 * must resolve to a built file, under the base path, and every `#fragment` must name an element
 * on the target page. External links (other hosts, mailto:, tel:) are not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './builtSite.ts';
import { scanHtml } from './html.ts';

export interface LinkProblem {
  /** The page, relative to the built folder. */
  file: string;
  line: number;
  link: string;
  message: string;
}

const SITE = 'http://site.invalid';
const EXTERNAL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The URL-valued attributes we check; `srcset` holds several, comma-separated. */
function linksOf(attributes: Record<string, string>): string[] {
  const links: string[] = [];
  for (const name of ['href', 'src', 'poster', 'action']) {
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

  for (const page of builtPages(dir)) {
    const pageUrl = new URL(`${basePath}${page.url.slice(1)}`, SITE);
    const scanned = scanHtml(readFileSync(join(dir, page.file), 'utf8'));
    idsCache.set(page.file, scanned.ids);
    for (const tag of scanned.tags) {
      for (const link of linksOf(tag.attributes)) {
        const report = (message: string) => problems.push({ file: page.file, line: tag.line, link, message });
        if (link.startsWith('//') || (EXTERNAL_SCHEME.test(link) && !link.startsWith(SITE))) continue;
        let target: URL;
        try {
          target = new URL(link, pageUrl);
        } catch {
          report('is not a valid URL');
          continue;
        }
        const pathname = decodeURIComponent(target.pathname);
        if (!pathname.startsWith(basePath)) {
          report(`points outside the base path ${basePath}: expected a link that starts with ${basePath}`);
          continue;
        }
        const file = fileFor(pathname.slice(basePath.length));
        if (!file) {
          report(`points at ${pathname}, which is not in the built site`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
          report(`points at #${fragment}, but ${file} has no element with that id`);
        }
      }
    }
  }
  return problems;
}

export function formatLinkProblem(dir: string, problem: LinkProblem): string {
  return `${join(dir, problem.file)}:${problem.line}  ${problem.link}  ${problem.message}`;
}
