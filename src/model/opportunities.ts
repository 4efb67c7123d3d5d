/**
 * An account pursues one opportunity (`opportunity:`) or several (`opportunities:`, each with an
 * id, the first the primary). Everything that reads an opportunity goes through here, so pages,
 * maps and analysis see one list whichever way the file was written.
 */
import type { Account, Opportunity } from '../schemas/account.ts';

/** An opportunity with the id a page selects it by. */
export type SelectableOpportunity = Opportunity & { id: string };

/** The id of the one opportunity of a file that writes `opportunity:` (never shown to readers). */
export const SINGLE_OPPORTUNITY_ID = 'main';

export function accountOpportunities(account: Pick<Account, 'opportunity' | 'opportunities'>): SelectableOpportunity[] {
  if (account.opportunities) return account.opportunities;
  return account.opportunity ? [{ ...account.opportunity, id: SINGLE_OPPORTUNITY_ID }] : [];
}

/**
 * The opportunity with `id`, or the primary (the first) without one. Validation guarantees every
 * account has one; an unknown id is a programming error and says so.
 */
export function selectOpportunity(
  account: Pick<Account, 'id' | 'opportunity' | 'opportunities'>,
  id?: string,
): SelectableOpportunity {
  const all = accountOpportunities(account);
  const selected = id === undefined ? all[0] : all.find((opportunity) => opportunity.id === id);
  if (!selected) {
    const known = all.map((opportunity) => opportunity.id).join(', ') || 'none';
    throw new Error(`No opportunity "${id ?? '(primary)'}" in account "${account.id}" (known: ${known})`);
  }
  return selected;
}

/** Every competitor the account names, by id, across its opportunities (the first naming wins). */
export function competitorsById(
  account: Pick<Account, 'opportunity' | 'opportunities'>,
): Map<string, Opportunity['competitors'][number]> {
  const byId = new Map<string, Opportunity['competitors'][number]>();
  for (const opportunity of accountOpportunities(account)) {
    for (const competitor of opportunity.competitors) {
      if (competitor.id && !byId.has(competitor.id)) byId.set(competitor.id, competitor);
    }
  }
  return byId;
}
