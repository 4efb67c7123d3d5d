/** Calendar dates are ISO strings (YYYY-MM-DD); they compare correctly as strings. */
import type { Account } from '../schemas/account.ts';

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The date the analysis speaks from: the case's own `asOf`, else its latest recorded date.
 * Never the build date, so a case reads the same whenever the site is built.
 */
export function referenceDate(account: Account): string {
  if (account.asOf) return account.asOf;
  const dates = [
    ...account.people.flatMap((person) => (person.lastContact ? [person.lastContact] : [])),
    ...account.snapshots.map((snapshot) => snapshot.date),
  ].sort();
  return dates.at(-1) ?? new Date().toISOString().slice(0, 10);
}
