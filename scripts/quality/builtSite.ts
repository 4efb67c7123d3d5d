/**
 * Reading a built site (dist/, dist-trainer/ …) as its visitors see it: pages by URL, page types,
 * and the files a URL points at. Shared by the link checker, the size budgets, the bench and the
 * browser tests, so all of them agree on what a "page type" is.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Path of the HTML file inside the built folder, with forward slashes: `accounts/x/index.html`. */
  file: string;
  /** The URL path without the base path: `/accounts/x/`. */
  url: string;
  /** The URL pattern the page shares with its siblings: `/accounts/*\/`. */
  type: string;
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

/** `accounts/x/index.html` → `/accounts/x/`; `404.html` → `/404.html`. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * Pages of one type share a route: the first path segment is kept and deeper ones become `*`
 * (`/` home, `/accounts/` an index, `/accounts/*\/` one account, `/chapters/*\/` one chapter).
 */
export function pageTypeOf(url: string): string {
  const segments = url.split('/').filter(Boolean);
  if (segments.length <= 1) return url;
  return `/${segments[0]}/${segments
    .slice(1)
    .map(() => '*')
    .join('/')}${url.endsWith('/') ? '/' : ''}`;
}

export function builtPages(dir: string): BuiltPage[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const url = urlOfFile(file);
      return { file, url, type: pageTypeOf(url) };
    });
}

/** One page of each type (the first by URL), in URL order. */
export function onePagePerType(dir: string): BuiltPage[] {
  const byType = new Map<string, BuiltPage>();
  for (const page of builtPages(dir)) if (!byType.has(page.type)) byType.set(page.type, page);
  return [...byType.values()];
}

/**
 * The page types the issue names, by their route. A type whose pages are not built yet (the
 * chapters or search still coming) is simply absent from a build.
 */
export const NAMED_PAGE_TYPES = {
  home: '/',
  chapter: '/chapters/*/',
  account: '/accounts/*/',
  // One worksheet (/worksheets/<kind>/<account>/); /worksheets/*/ is the trainer's debrief.
  worksheet: '/worksheets/*/*/',
  'my worksheets': '/worksheets/',
  'own accounts': '/my-accounts/',
  'own analysis': '/my-accounts/*/',
  'workshop test': '/workshops/*/*/',
  search: '/search/',
  slides: '/chapters/*/*/',
  book: '/book/',
} as const;

export type NamedPageType = keyof typeof NAMED_PAGE_TYPES;
