import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const root = fileURLToPath(new URL('../..', import.meta.url));

function validate(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/validate.ts', '--lang', 'en', ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run validate', () => {
  it('exits 0 and says so when every file is valid', () => {
    const result = validate('tests/fixtures/small-account.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ 1 file checked in \d+ ms: 0 errors, 0 warnings/);
  });

  it('exits 1 and prints every problem of every named file, located', () => {
    const result = validate(
      'tests/fixtures/broken-site/accounts/bad/account.yaml',
      'tests/fixtures/small-account.yaml',
    );
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'tests/fixtures/broken-site/accounts/bad/account.yaml:4:9  sector  expected one of government, public-institution, state-owned, private, foreign, joint-venture, other; found "govt"',
      'tests/fixtures/broken-site/accounts/bad/account.yaml:10:44  people[0] (dean 院长).unit  unknown unit "ofice": expected the id of an entry in units; did you mean "office"?',
    ]);
    expect(result.stdout).toMatch(/✗ 2 files checked in \d+ ms: 2 errors, 0 warnings/);
  });

  it('says which file it cannot read instead of a stack trace', () => {
    const result = validate('accounts/missing.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('validate: ENOENT');
    expect(result.stderr).not.toContain('    at ');
  });
});

describe('validation within one process', () => {
  it('validates a file once per text, and again as soon as its text changes', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { findCaseFiles, validateFiles } = await import('../../src/model/loadAccounts.ts');
    const dir = mkdtempSync(join(tmpdir(), 'kam-cache-'));
    mkdirSync(join(dir, 'accounts'));
    const text = readFileSync(join(root, 'tests/fixtures/small-account.yaml'), 'utf8');
    writeFileSync(join(dir, 'accounts/clinic.yaml'), text);
    const first = validateFiles(dir, findCaseFiles(dir)).accounts[0];
    expect(validateFiles(dir, findCaseFiles(dir)).accounts[0]).toBe(first);
    writeFileSync(join(dir, 'accounts/clinic.yaml'), text.replace('name: 青川社区医院', 'name: 青川医院'));
    const edited = validateFiles(dir, findCaseFiles(dir)).accounts[0];
    expect(edited).not.toBe(first);
    expect(edited?.name).toBe('青川医院');
  });
});
