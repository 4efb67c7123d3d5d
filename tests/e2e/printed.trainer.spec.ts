import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pdfPages, runHandouts, squeeze, workshopContent } from './printedPdf.ts';
import { scenariosUsed } from '../../src/workshops/agenda.ts';

const WORKSHOP = 'key-account-one-day';

test.describe('per-role packets (trainer edition)', () => {
  test('npm run handouts -- <workshop> --per-role writes one PDF per role, each with exactly its own secret brief', () => {
    test.setTimeout(180_000);
    const content = workshopContent();
    const workshop = content.workshops.find((candidate) => candidate.id === WORKSHOP)!;
    const roles = scenariosUsed(workshop).flatMap((id) =>
      content.scenarios
        .filter((scenario) => scenario.id === id)
        .flatMap((scenario) => scenario.roles.map((role) => ({ scenario, role }))),
    );
    const briefs = roles.flatMap(({ role }) => (role.trainer?.secretBrief ? [squeeze(role.trainer.secretBrief)] : []));
    expect(briefs.length).toBeGreaterThan(1);

    const out = 'tmp/test-handouts/roles';
    runHandouts(out, WORKSHOP, '--per-role');
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
