import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/model/edition.ts';
import { translator } from '../../src/i18n/ui.ts';
import {
  currentSection,
  NAV_ITEMS,
  navigationFor,
  navigationListHtml,
  type NavLink,
} from '../../src/site/navigation.ts';

describe('the header navigation', () => {
  const say = translator('en');

  it("shows the sections an edition has, labelled in the build's language", () => {
    const trainee = navigationFor(featuresOf('trainee'), say);
    const trainer = navigationFor(featuresOf('trainer'), say);
    expect(trainee[0]).toEqual({ label: say('nav.home'), path: '/' });
    for (const links of [trainee, trainer]) {
      expect(links.map((link) => link.path)).toEqual(
        NAV_ITEMS.filter((item) => links.some((link) => link.path === item.path)).map((item) => item.path),
      );
    }
    expect(trainer.length).toBeGreaterThanOrEqual(trainee.length);
  });

  it('marks the longest section path a page is under, and home only on the home page', () => {
    const links: NavLink[] = [
      { label: 'Home', path: '/' },
      { label: 'Accounts', path: '/accounts/' },
      { label: 'Own', path: '/accounts/own/' },
    ];
    expect(currentSection(links, '/')).toBe('/');
    expect(currentSection(links, '/accounts/acme/')).toBe('/accounts/');
    expect(currentSection(links, '/accounts/own/x/')).toBe('/accounts/own/');
    expect(currentSection(links, '/glossary/')).toBeUndefined();
  });

  it('writes each section as a list item with an escaped label, the current one marked', () => {
    const links: NavLink[] = [
      { label: 'Home', path: '/' },
      { label: '<b>"R&D"</b> it\'s', path: '/r&d/' },
    ];
    expect(navigationListHtml(links, '/r&d/', (path) => `/base${path}`)).toBe(
      '<li><a href="/base/">Home</a></li>' +
        '<li><a href="/base/r&amp;d/" aria-current="page">&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; it&#39;s</a></li>',
    );
    expect(navigationListHtml(links, undefined, (path) => path)).not.toContain('aria-current');
  });
});
