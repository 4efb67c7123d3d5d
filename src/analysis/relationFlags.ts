/**
 * Red flags a coach would raise from the relations and the history of an account: an opponent
 * working on a key person, a champion or coach gone, the coach now under an opponent, a key
 * person with a new manager whom we have not seen since. Codes and parameters only; the
 * sentences are the views' (see redFlags.ts).
 */
import { HIGH_POWER, hasRole, isKeyPerson, isOpposed, isSupportive } from '../model/accountModel.ts';
import type { Account, Person } from '../schemas/account.ts';

export const RELATION_FLAG_CODES = [
  'opponent-sways-key-person',
  'ally-left',
  'coach-reports-to-opponent',
  'new-manager-not-contacted',
] as const;
export type RelationFlagCode = (typeof RELATION_FLAG_CODES)[number];

export interface RelationFlag {
  code: RelationFlagCode;
  severity: 'high' | 'medium';
  personId?: string;
  /** Which form of the sentence applies: `influences`/`mentor`, `coach`/`champion`/`sponsor`. */
  variant?: string;
  params: Record<string, string | number>;
}

/** The relation kinds through which one person shapes another's view. */
const SWAYING_KINDS = new Set(['influences', 'mentor']);

/**
 * @param present the account as it stands on `asOf` (accountAt), whose people and relations count
 * @param everyone the case file as written, for the people who have left and the dated changes
 */
export function relationFlags(present: Account, everyone: Account, asOf: string): RelationFlag[] {
  const flags: RelationFlag[] = [];
  const byId = new Map(everyone.people.map((person) => [person.id, person]));
  const presentById = new Map(present.people.filter((person) => !person.placeholder).map((p) => [p.id, p]));
  const changes = everyone.snapshots
    .filter((snapshot) => snapshot.date <= asOf)
    .flatMap((snapshot) => snapshot.changes.map((change) => ({ ...change, date: snapshot.date })));

  // A firm opponent (−2) who influences or mentors a key person works against us from inside.
  for (const relation of present.relationships) {
    if (!SWAYING_KINDS.has(relation.kind)) continue;
    const pairs =
      relation.direction === 'mutual'
        ? [
            [relation.from, relation.to],
            [relation.to, relation.from],
          ]
        : [[relation.from, relation.to]];
    for (const [fromId, toId] of pairs) {
      const source = presentById.get(fromId!);
      const target = presentById.get(toId!);
      if (!source || !target || source.support !== -2 || !isKeyPerson(target)) continue;
      flags.push({
        code: 'opponent-sways-key-person',
        severity: 'high',
        personId: target.id,
        variant: relation.kind,
        params: { name: source.name, title: source.title, target: target.name, targetTitle: target.title },
      });
    }
  }

  // A coach, a champion (+2) or a supportive high-power sponsor who has left takes our inside
  // view, or our backing in the decision, with them.
  for (const change of changes) {
    if (change.type !== 'leaves') continue;
    const person = byId.get(change.person);
    if (!person || person.placeholder) continue;
    const variant = hasRole(person, 'Coach')
      ? 'coach'
      : person.support === 2
        ? 'champion'
        : isSupportive(person) && (person.power ?? 0) >= HIGH_POWER
          ? 'sponsor'
          : undefined;
    if (!variant) continue;
    // No personId: they are no longer on the account's pages, so the flag links to nobody.
    flags.push({
      code: 'ally-left',
      severity: variant === 'coach' ? 'high' : 'medium',
      variant,
      params: { name: person.name, title: person.title, date: change.date },
    });
  }

  for (const person of presentById.values()) {
    const manager = person.reportsTo ? presentById.get(person.reportsTo) : undefined;
    const lastMove = changes.filter((change) => change.type === 'reports-to' && change.person === person.id).at(-1);

    // The coach's new or current manager opposes us: what the coach can do for us is limited.
    if (hasRole(person, 'Coach') && manager && isOpposed(manager)) {
      flags.push({
        code: 'coach-reports-to-opponent',
        severity: 'high',
        personId: person.id,
        params: { name: person.name, manager: manager.name, managerTitle: manager.title },
      });
    }

    // A key person with a new manager: priorities may have moved; we have not asked since.
    if (lastMove && lastMove.type === 'reports-to' && lastMove.to && isKeyPerson(person)) {
      const contactedSince = person.lastContact !== undefined && person.lastContact >= lastMove.date;
      if (!contactedSince) {
        flags.push({
          code: 'new-manager-not-contacted',
          severity: 'medium',
          personId: person.id,
          params: {
            name: person.name,
            title: person.title,
            manager: nameOf(byId.get(lastMove.to), lastMove.to),
            date: lastMove.date,
          },
        });
      }
    }
  }
  return flags;
}

const nameOf = (person: Person | undefined, id: string) => person?.name ?? id;
