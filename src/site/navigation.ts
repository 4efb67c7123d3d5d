/** The site's top-level sections, in reading order; each area's pages live under its path. */
import type { EditionFeatures } from '../model/edition.ts';
import type { UiKey } from '../i18n/ui.ts';

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
