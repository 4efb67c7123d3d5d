/** Reads the built editions from disk: for checks on every page (links, absent trainer material). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...htmlFiles(path));
    else if (name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** `/chapters/x/index.html` → `/chapters/x/`. */
export const pagePath = (dir: string, file: string) => `/${relative(dir, file).replace(/index\.html$/, '')}`;

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/**
 * Every internal link of every page, and every search result, that points at a missing page or
 * a missing anchor, or outside the `base` the site was built for.
 */
export function brokenLinks(dir: string, base = '/'): string[] {
  const pages = new Map(htmlFiles(dir).map((file) => [pagePath(dir, file), readFileSync(file, 'utf8')]));
  const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1]!)));
  const links: [from: string, target: string][] = [];
  for (const [from, html] of pages) {
    for (const match of html.matchAll(/\shref="(\/[^"]*|#[^"]*)"/g)) links.push([from, decode(match[1]!)]);
  }
  const index = JSON.parse(readFileSync(join(dir, 'search-index.json'), 'utf8')) as { url: string }[];
  for (const record of index) links.push(['search-index.json', record.url]);

  const broken: string[] = [];
  for (const [from, link] of links) {
    if (link.startsWith('/') && !link.startsWith(base)) {
      broken.push(`${from} → ${link} (outside ${base})`);
      continue;
    }
    const target = link.startsWith('/') ? `/${link.slice(base.length)}` : link;
    if (target.startsWith('//') || target.startsWith('/_astro/') || target === '/search-index.json') continue;
    const [pathAndQuery, fragment] = target.split('#') as [string, string | undefined];
    const path = pathAndQuery.split('?')[0]! || from;
    const targetHtml = pages.get(path);
    if (targetHtml === undefined) {
      broken.push(`${from} → ${target} (no such page)`);
    } else if (fragment && !ids(targetHtml).has(decodeURIComponent(fragment))) {
      broken.push(`${from} → ${target} (no such anchor)`);
    }
  }
  return broken;
}
