/** The site's top-level sections, in reading order; each area's pages live under its path. */
import type { Edition } from '../model/edition.ts';
import type { UiKey } from '../i18n/ui.ts';

export interface NavItem {
  label: UiKey;
  path: string;
  /** Editions that show the entry; all when absent. */
  editions?: readonly Edition[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'nav.home', path: '/' },
  { label: 'nav.chapters', path: '/chapters/' },
  { label: 'nav.accounts', path: '/accounts/' },
  { label: 'nav.worksheets', path: '/worksheets/' },
  { label: 'nav.workshops', path: '/workshops/', editions: ['trainer', 'trainee'] },
  { label: 'nav.glossary', path: '/glossary/' },
];
