/**
 * Group decision bodies and opportunities: a body's members and chair are people of the file
 * (the chair one of the members, nobody twice), and the file has exactly one of `opportunity` and
 * `opportunities`. A body with no members is the schema's (`members` needs at least one).
 */
import { say } from '../messages.ts';
import { asString, asStrings } from '../rawData.ts';
import type { AccountContext } from './context.ts';

export function checkBodies(context: AccountContext): void {
  const { bodies, personIds, reference, report } = context;
  bodies.forEach((body, index) => {
    const members = asStrings(body.members);
    const seen = new Set<string>();
    members.forEach((id, position) => {
      const path = ['bodies', index, 'members', position];
      if (seen.has(id)) report(path, say().memberTwice({ id }));
      seen.add(id);
      reference(id, personIds, path);
    });
    const chair = asString(body.chair);
    if (chair === undefined) return;
    if (!personIds.index.has(chair)) reference(chair, personIds, ['bodies', index, 'chair']);
    else if (!seen.has(chair)) report(['bodies', index, 'chair'], say().chairNotMember({ id: chair }));
  });
}

export function checkOpportunities(context: AccountContext): void {
  const { account, report } = context;
  const single = account.opportunity !== undefined;
  const listed = account.opportunities !== undefined;
  if (single && listed) report(['opportunities'], say().opportunityBoth());
  else if (!single && !listed) report([], say().opportunityNeither());
}
