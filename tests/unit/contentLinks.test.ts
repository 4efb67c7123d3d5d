import { describe, expect, it } from 'vitest';
import { worksheetHref } from '../../src/site/contentLinks.ts';

describe('the worksheet an exercise links to', () => {
  it('is the kind’s own page when it exists, with the account', () => {
    const pages = ['../../pages/worksheets/index.astro', '../../pages/worksheets/man/index.astro'];
    expect(worksheetHref('man', 'city-hospital', pages)).toBe('/worksheets/man/?account=city-hospital');
  });

  it('falls back to the worksheets index, and to no link at all when there are no worksheet pages', () => {
    expect(worksheetHref('man', 'city-hospital', ['../../pages/worksheets/index.astro'])).toBe('/worksheets/');
    expect(worksheetHref('man', undefined, ['../../pages/index.astro'])).toBeUndefined();
  });
});
