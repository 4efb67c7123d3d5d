/**
 * Printing machinery on the fixture site (trainer edition, tmp/dist-fixture): the whole book as one
 * A4 PDF with contents and page numbers, and one PDF per role card. The samples' book and the
 * trainee edition's lack of role cards are checked in printed.spec.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { scenariosUsed } from '../../src/workshops/agenda.ts';
import { pdfPages, runHandouts, squeeze, workshopContent } from './printedPdf.ts';

const SITE = 'tests/fixtures/site';
const DIST = ['--dist', 'tmp/dist-fixture'];
const WORKSHOP = 'fixture-half-day';

test.describe('printing from the command line', () => {
  test('npm run handouts -- --book prints one A4 PDF with a table of contents and page numbers', () => {
    test.setTimeout(120_000);
    const out = 'tmp/test-handouts/fixture-book';
    runHandouts(out, ['--book', '--edition', 'trainer', ...DIST]);
    const pages = pdfPages(`${out}/book-trainer.pdf`);
    const total = pages.length;
    // Cover, contents, the two chapters, glossary and five worksheets: at least one page each.
    expect(total).toBeGreaterThanOrEqual(10);

    // Every page carries "n / total" in its footer.
    pages.forEach((text, index) =>
      expect(text.trim().endsWith(`${index + 1} / ${total}`), `page ${index + 1}`).toBe(true),
    );

    // The contents: the chapters, glossary, worksheets and each of the five, with rising page
    // numbers that point at the page where each one starts.
    const contents = pages.findIndex((text) => text.includes('目录'));
    const entries = pages[contents]!.split('\n')
      .map((line) => /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ title: match[1]!, page: Number(match[2]) }));
    expect(entries).toHaveLength(9);
    expect(entries.filter((entry) => entry.title.startsWith('第 '))).toHaveLength(2);
    for (const [index, entry] of entries.entries()) {
      const title = entry.title.replace(/^第 \d+ 章 /, '');
      expect(squeeze(pages[entry.page - 1]!), `${entry.title} on page ${entry.page}`).toContain(squeeze(title));
      if (index > 0) expect(entry.page).toBeGreaterThanOrEqual(entries[index - 1]!.page);
    }
    expect(entries.at(-1)!.page).toBe(total);
  });

  test('npm run handouts -- <workshop> --per-role writes one PDF per role, each with exactly its own secret brief', () => {
    test.setTimeout(120_000);
    const content = workshopContent(SITE);
    const workshop = content.workshops.find((candidate) => candidate.id === WORKSHOP)!;
    const roles = scenariosUsed(workshop).flatMap((id) =>
      content.scenarios
        .filter((scenario) => scenario.id === id)
        .flatMap((scenario) => scenario.roles.map((role) => ({ scenario, role }))),
    );
    const briefs = roles.flatMap(({ role }) => (role.trainer?.secretBrief ? [squeeze(role.trainer.secretBrief)] : []));
    expect(briefs.length).toBeGreaterThan(1);

    const out = 'tmp/test-handouts/fixture-roles';
    runHandouts(out, [WORKSHOP, '--per-role', ...DIST], { KAM_CONTENT_ROOT: SITE });
    const files = readdirSync(`${out}/${WORKSHOP}/roles`);
    expect(files).toHaveLength(roles.length);
    for (const { scenario, role } of roles) {
      const file = `${out}/${WORKSHOP}/roles/${scenario.id}--${role.id}.pdf`;
      expect(existsSync(file), file).toBe(true);
      const pages = pdfPages(file);
      expect(pages, file).toHaveLength(1);
      const text = squeeze(pages[0]!);
      expect(text, file).toContain(squeeze(role.title));
      const own = role.trainer?.secretBrief ? squeeze(role.trainer.secretBrief) : undefined;
      if (own) expect(text, file).toContain(own);
      for (const brief of briefs) if (brief !== own) expect(text, file).not.toContain(brief.slice(0, 24));
    }
  });
});
