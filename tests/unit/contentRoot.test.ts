import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentRoot } from '../../src/model/contentRoot.ts';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { validateWorkshopContent } from '../../src/workshops/load.ts';

const project = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE_SITE = 'tests/fixtures/site';

afterEach(() => vi.unstubAllEnvs());

describe('the content root', () => {
  it('is the project unless KAM_CONTENT_ROOT names another folder, resolved against the project', () => {
    vi.stubEnv('KAM_CONTENT_ROOT', '');
    expect(contentRoot(project)).toBe(project);
    vi.stubEnv('KAM_CONTENT_ROOT', FIXTURE_SITE);
    expect(contentRoot(project)).toBe(join(project, FIXTURE_SITE));
  });

  it('the fixture site holds its two valid accounts, a scenario and an agenda, none of the samples', () => {
    const root = join(project, FIXTURE_SITE);
    const caseFiles = validateFiles(root, findCaseFiles(root));
    expect(caseFiles.problems).toEqual([]);
    expect(caseFiles.accounts.map((account) => account.id)).toEqual(['fixture-clinic', 'fixture-works']);
    const content = validateWorkshopContent(root, caseFiles.known);
    expect(content.problems).toEqual([]);
    expect(content.scenarios.map((scenario) => scenario.id)).toEqual(['fixture-first-meeting']);
    expect(content.workshops.map((workshop) => workshop.id)).toEqual(['fixture-half-day']);
  });

  it('npm run validate checks the content root it is given', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts', '--lang', 'en'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, KAM_CONTENT_ROOT: FIXTURE_SITE },
    });
    expect(result.status).toBe(0);
    // Two case files, the scenario, the agenda, the chapter's self-check and the agenda's test.
    expect(result.stdout).toMatch(/✓ 6 files checked in \d+ ms: 0 errors, 0 warnings/);
  });
});
