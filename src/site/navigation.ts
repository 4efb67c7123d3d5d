/** The site's top-level sections, in reading order; each area's pages live under its path. */
import type { EditionFeatures } from '../model/edition.ts';
import type { UiKey } from '../i18n/ui.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { tag } from '../html/tag.ts';

export interface NavItem {
  label: UiKey;
  path: string;
  /** The edition feature the entry needs; shown in every edition when absent. */
  feature?: keyof EditionFeatures;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'nav.home', path: '/' },
  { label: 'nav.chapters', path: '/chapters/' },
  { label: 'nav.accounts', path: '/accounts/' },
  { label: 'nav.worksheets', path: '/worksheets/' },
  { label: 'nav.myAccounts', path: '/my-accounts/' },
  { label: 'nav.workshops', path: '/workshops/', feature: 'workshopsInNavigation' },
  { label: 'nav.glossary', path: '/glossary/' },
  { label: 'nav.authoring', path: '/authoring/', feature: 'authoring' },
];

/** A section link as the header shows it: its label in the build's language. */
export interface NavLink {
  label: string;
  path: string;
}

/** The sections an edition shows, labelled by `say`. */
export function navigationFor(
  features: EditionFeatures,
  say: (key: UiKey) => string,
  items: readonly NavItem[] = NAV_ITEMS,
): NavLink[] {
  return items
    .filter((item) => !item.feature || features[item.feature])
    .map((item) => ({ label: say(item.label), path: item.path }));
}

/** The current section of a page (its path without the base): the longest nav path it starts with. */
export function currentSection(links: readonly NavLink[], here: string): string | undefined {
  return links
    .filter((link) => (link.path === '/' ? here === '/' : here.startsWith(link.path)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

/**
 * The header's list items as markup: `<li><a href>label</a></li>` per section, the current one
 * marked `aria-current="page"`. `linkTo` turns a section path into the link (the base setting).
 */
export function navigationListHtml(
  links: readonly NavLink[],
  current: string | undefined,
  linkTo: (path: string) => string,
): string {
  return links
    .map((link) =>
      tag(
        'li',
        {},
        tag(
          'a',
          { href: linkTo(link.path), 'aria-current': link.path === current ? 'page' : undefined },
          escapeHtml(link.label),
        ),
      ),
    )
    .join('');
}
