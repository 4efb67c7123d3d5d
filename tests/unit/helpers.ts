import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { validateAccountText } from '../../src/validation/validateAccount.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { uiDictionary } from '../../src/i18n/ui.ts';
import { createLabels } from '../../src/i18n/labels.ts';

/** The label door in each UI language, as pages and scripts get it. */
export const zhLabels = createLabels(uiDictionary('zh-CN'));
export const enLabels = createLabels(uiDictionary('en'));

export const SMALL_ACCOUNT_YAML = readFileSync(new URL('../fixtures/small-account.yaml', import.meta.url), 'utf8');

/** The small fixture as plain data, for tests that change one thing. */
export function smallAccountData(): Record<string, any> {
  return parse(SMALL_ACCOUNT_YAML);
}

export function smallAccount(change?: (data: Record<string, any>) => void): Account {
  const data = smallAccountData();
  change?.(data);
  return accountSchema.parse(data);
}

/** Validates YAML text and returns the formatted problem lines, as a trainer would read them. */
export function problemsOf(text: string, file = 'accounts/test.yaml'): string[] {
  return validateAccountText(file, text).problems.map(formatProblem);
}

/** Validates the small fixture after a change to its data. */
export function problemsAfter(change: (data: Record<string, any>) => void): string[] {
  const data = smallAccountData();
  change(data);
  return problemsOf(stringify(data));
}

/**
 * The small fixture with a vice-president who left on 2026-03-15, before its date (2026-06-30):
 * in the file for the history, absent from the account as it stands.
 */
export function accountWithLeaver(): Account {
  return smallAccount((data) => {
    data.people.push({
      id: 'old-vp',
      name: '老副院长',
      title: '副院长',
      unit: 'office',
      reportsTo: 'dean',
      roles: ['UB'],
      power: 4,
      interest: 4,
      support: 2,
      closeness: 3,
    });
    data.snapshots.splice(1, 0, {
      date: '2026-03-15',
      title: '副院长退休',
      changes: [{ type: 'leaves', person: 'old-vp' }],
    });
  });
}
