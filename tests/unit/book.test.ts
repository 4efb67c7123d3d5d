import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopeChapterHtml } from '../../src/book/scopeIds.ts';
import { paperSheet } from '../../src/book/paperSheets.ts';
import { WORKSHEET_KINDS } from '../../src/schemas/worksheet.ts';
import { namedDestinationPages, pdfPageCount } from '../../scripts/pdf.ts';

describe('a chapter inside the whole workbook', () => {
  const chapter = [
    '<h2 id="练习">练习</h2>',
    '<section aria-labelledby="t1 t2"><h3 id="t1">A</h3><label for="x">X</label><input id="x"></section>',
    '<a href="#练习">up</a> <a href="#">top</a>',
    '<a href="/glossary/#term-eb">EB</a> <a href="/chapters/05-power-interest/">ch5</a> <a href="/worksheets/man/">ws</a>',
    '<p>text with id=&quot;not-an-attribute&quot; and &lt;h2 in prose&gt;</p>',
  ].join('');
  const scoped = scopeChapterHtml(chapter, {
    prefix: 'chapter-04',
    localTargets: [
      ['/glossary/#term-eb', 'term-eb'],
      ['/chapters/05-power-interest/', 'chapter-05-power-interest'],
    ],
  });

  it('prefixes every id and every reference to one, so two chapters never share an id', () => {
    expect(scoped).toContain('<h3 id="chapter-04-练习">');
    expect(scoped).toContain('aria-labelledby="chapter-04-t1 chapter-04-t2"');
    expect(scoped).toContain('<label for="chapter-04-x">');
    expect(scoped).toContain('<input id="chapter-04-x">');
    expect(scoped).toContain('<a href="#chapter-04-练习">up</a>');
    expect(scoped).toContain('<a href="#">top</a>');
  });

  it('moves every heading one level down under the book title', () => {
    expect(scoped).toMatch(/^<h3 id="chapter-04-练习">练习<\/h3>/);
    expect(scoped).toContain('<h4 id="chapter-04-t1">A</h4>');
  });

  it('points links to pages the book holds into the book and leaves other links alone', () => {
    expect(scoped).toContain('<a href="#term-eb">EB</a>');
    expect(scoped).toContain('<a href="#chapter-05-power-interest">ch5</a>');
    expect(scoped).toContain('<a href="/worksheets/man/">ws</a>');
  });

  it('gives repeated landmarks a name of their own: the chapter title joins it', () => {
    const html =
      '<section aria-labelledby="objectives"><h2 id="objectives">学习目标</h2></section><section class="exercise" aria-label="练习"></section><div aria-label="x"></div>';
    const named = scopeChapterHtml(html, { prefix: 'ch4', landmarks: { titleId: 'title', suffix: '第 4 章' } });
    expect(named).toContain('<section aria-labelledby="ch4-objectives ch4-title">');
    expect(named).toContain('<section class="exercise" aria-label="练习 · 第 4 章">');
    expect(named).toContain('<div aria-label="x">');
  });

  it('leaves text that merely looks like markup alone (the page escapes its quotes and brackets)', () => {
    expect(scoped).toContain('text with id=&quot;not-an-attribute&quot; and &lt;h2 in prose&gt;');
  });
});

describe('blank worksheets for paper', () => {
  it('has columns for every kind, empty rows to write in, and the five categories of the checklist', () => {
    for (const kind of WORKSHEET_KINDS) {
      const sheet = paperSheet(kind);
      expect(sheet.tables.length, kind).toBeGreaterThan(0);
      for (const table of sheet.tables) {
        expect(table.columns.length, kind).toBeGreaterThan(1);
        expect(table.rows.length, kind).toBeGreaterThan(0);
      }
    }
    expect(paperSheet('information').tables[0]!.rows.map((row) => row.label)).toHaveLength(5);
    expect(paperSheet('relationship-map').tables).toHaveLength(2);
  });
});

describe('reading back a PDF Chromium printed', () => {
  // Twelve parts, each starting on a new page, one of them reached by a Chinese id.
  const pdf = readFileSync('tests/fixtures/pdf/twelve-parts.pdf');

  it('counts its pages', () => {
    expect(pdfPageCount(pdf)).toBe(17);
  });

  it('finds the page of every linked id through a nested page tree', () => {
    const pages = namedDestinationPages(pdf);
    expect(pages.get('part-1')).toBe(2);
    expect(pages.get('part-2')).toBe(4);
    expect(pages.get('part-9')).toBe(13);
    expect(pages.get('part-12')).toBe(17);
    expect(pages.get('章')).toBe(17);
    expect(pages.size).toBe(13);
  });

  it('finds nothing in something that is not a PDF', () => {
    expect(namedDestinationPages(Buffer.from('not a pdf')).size).toBe(0);
  });
});
