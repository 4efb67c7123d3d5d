/** The reporting chain from a person up to the top of the organisation. */
import type { AccountModel } from '../model/accountModel.ts';
import type { Person } from '../schemas/account.ts';

/** The person first, the top last. Stops safely on a cycle (validation rejects them anyway). */
export function decisionChain(model: AccountModel, personId: string): Person[] {
  const chain: Person[] = [];
  const seen = new Set<string>();
  let current = model.personById.get(personId);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.reportsTo ? model.personById.get(current.reportsTo) : undefined;
  }
  return chain;
}
