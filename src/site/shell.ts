/**
 * The parts of the page shell (src/layouts/BaseLayout.astro) that are the same on every page of a
 * build. A layout's frontmatter runs once per page, so they are made here, once per build.
 */
import { features } from './data.ts';
import { t } from './locale.ts';
import { navigationFor, navigationListHtml } from './navigation.ts';
import { href } from './paths.ts';

// Inline, so no page asks the server for a missing /favicon.ico (a console error in Lighthouse).
export const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1f4fa8"/><circle cx="16" cy="9" r="4" fill="#fff"/><circle cx="8" cy="23" r="4" fill="#fff"/><circle cx="24" cy="23" r="4" fill="#fff"/><path d="M16 13v4M16 17l-8 2M16 17l8 2" stroke="#fff" stroke-width="2"/></svg>',
)}`;

/**
 * The header's sections. A fixed list: importing the pages to see which exist would pull every
 * section's CSS into every page. The built-site link check fails the tests if an entry points at
 * a missing page.
 */
export const siteNavigation = navigationFor(features, t);

const navigationMarkup = new Map<string | undefined, string>();

/**
 * The header's section list as markup, made once per current section: it is the same on every
 * page of a section, and one string costs Astro far less to write than a templated element, two
 * attributes and a text per section on each of the build's pages.
 */
export function siteNavigationHtml(current: string | undefined): string {
  let markup = navigationMarkup.get(current);
  if (markup === undefined) {
    markup = navigationListHtml(siteNavigation, current, href);
    navigationMarkup.set(current, markup);
  }
  return markup;
}
