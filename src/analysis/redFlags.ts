/**
 * Red flags: the risks a trainer wants trainees to spot in an account. Each flag is a code, an
 * optional variant and the params its sentence needs; the sentence and the suggested next action
 * are in the dictionaries (src/i18n/strings/analysis.ts: `flag.<code>[.<variant>]`,
 * `flag.<code>.action`). A new kind: its code here, its check below, its words there.
 */
import type { Account, Person } from '../schemas/account.ts';
import { HIGH_POWER, hasRole, isKeyPerson, isOpposed } from '../model/accountModel.ts';
import { competitorsById } from '../model/opportunities.ts';
import { bodiesWithRole, bodyReach, membersOfRoleBodies } from './bodies.ts';
import { contactedRecently, resolveOptions, type AnalysisOptions } from './coverage.ts';
import { daysBetween } from './dates.ts';
import { RELATION_FLAG_CODES, relationFlags } from './relationFlags.ts';

export const RED_FLAG_CODES = [
  'no-eb',
  'eb-not-contacted',
  'eb-not-supportive',
  'no-coach',
  'high-power-opponent',
  'high-power-unknown',
  'single-threaded',
  'stale-contact',
  'key-person-without-owner',
  'placeholder-unfilled',
  'eb-body-not-reached',
  'competitor-tie',
  ...RELATION_FLAG_CODES,
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

export interface RedFlag {
  code: RedFlagCode;
  severity: 'high' | 'medium';
  /** The person the flag concerns, when it concerns one. */
  personId?: string;
  /** Which form of the sentence applies, when a kind has several (`flag.<code>.<variant>`). */
  variant?: string;
  /** The values the sentence names: a person's name and title, a number of days. */
  params: Record<string, string | number>;
}

/** Closeness at or above this counts as a working relationship (有来往). */
export const WORKING_CLOSENESS = 2;

/**
 * @param account the account as it stands on the analysis date
 * @param everyone the case file as written (people who left, dated changes); `account` by default
 */
export function redFlags(account: Account, options?: AnalysisOptions, everyone: Account = account): RedFlag[] {
  const { asOf, staleDays } = resolveOptions(account, options);
  const people = account.people.filter((person) => !person.placeholder);
  const flags: RedFlag[] = [];
  const add = (flag: RedFlag) => flags.push(flag);

  const ebs = people.filter((person) => hasRole(person, 'EB'));
  const ebBodies = bodiesWithRole(account, 'EB').map((body) => bodyReach(body, account, options));
  if (ebs.length === 0 && ebBodies.length === 0) {
    add({
      code: 'no-eb',
      severity: 'high',
      params: {},
    });
  }
  for (const eb of ebs) {
    if (!contactedRecently(eb, asOf, staleDays)) {
      add({
        code: 'eb-not-contacted',
        severity: 'high',
        personId: eb.id,
        ...(eb.lastContact
          ? { variant: 'days', params: { name: eb.name, days: daysBetween(eb.lastContact, asOf) } }
          : { variant: 'never', params: { name: eb.name } }),
      });
    }
    if (eb.support !== 'unknown' && eb.support <= 0) {
      add({
        code: 'eb-not-supportive',
        severity: 'high',
        personId: eb.id,
        variant: eb.support < 0 ? 'opposed' : 'neutral',
        params: { name: eb.name },
      });
    }
  }

  for (const reach of ebBodies) {
    const { body, chair } = reach;
    if (!reach.reached) {
      add({
        code: 'eb-body-not-reached',
        severity: 'high',
        ...(chair && !reach.contacted.includes(chair)
          ? { variant: 'chair', params: { name: body.name, chair: chair.name } }
          : {
              variant: 'members',
              params: { name: body.name, contacted: reach.contacted.length, members: reach.members.length },
            }),
      });
    }
    if (reach.stance === 'against' || reach.stance === 'neutral') {
      add({
        code: 'eb-not-supportive',
        severity: 'high',
        variant: reach.stance === 'against' ? 'body-opposed' : 'body-neutral',
        params: { name: body.name, person: reach.reason!.person.name },
      });
    }
  }

  if (!people.some((person) => hasRole(person, 'Coach'))) {
    add({
      code: 'no-coach',
      severity: 'high',
      params: {},
    });
  }

  for (const person of people) {
    if ((person.power ?? 0) < HIGH_POWER) continue;
    if (isOpposed(person)) {
      add({
        code: 'high-power-opponent',
        severity: 'high',
        personId: person.id,
        params: { name: person.name, title: person.title },
      });
    } else if (person.support === 'unknown') {
      add({
        code: 'high-power-unknown',
        severity: 'medium',
        personId: person.id,
        params: { name: person.name, title: person.title },
      });
    }
  }

  const working = people.filter((person) => person.closeness >= WORKING_CLOSENESS);
  if (working.length <= 1) {
    add({
      code: 'single-threaded',
      severity: 'high',
      ...(working[0]
        ? { personId: working[0].id, variant: 'one', params: { name: working[0].name } }
        : { variant: 'none', params: {} }),
    });
  }

  for (const person of people) {
    if (!isKeyPerson(person)) continue;
    if (person.lastContact && daysBetween(person.lastContact, asOf) > staleDays && !hasRole(person, 'EB')) {
      add({
        code: 'stale-contact',
        severity: 'medium',
        personId: person.id,
        params: { name: person.name, days: daysBetween(person.lastContact, asOf), staleDays },
      });
    }
    if (person.owner === undefined) {
      add({
        code: 'key-person-without-owner',
        severity: 'medium',
        personId: person.id,
        params: { name: person.name, title: person.title },
      });
    }
  }

  for (const placeholder of account.people.filter((person) => person.placeholder)) {
    add({
      code: 'placeholder-unfilled',
      severity: 'medium',
      personId: placeholder.id,
      params: { name: placeholder.name },
    });
  }
  // A key person who leans to a competitor: strong ties and deciders (EB, TB, a deciding body's
  // members) weigh most, since they can carry the decision the competitor's way.
  const competitors = competitorsById(account);
  const onBodies = membersOfRoleBodies(account);
  for (const person of people) {
    const tie = person.competitorTie;
    if (!tie || !(isKeyPerson(person) || onBodies.has(person.id))) continue;
    const decides = hasRole(person, 'EB') || hasRole(person, 'TB') || onBodies.has(person.id);
    add({
      code: 'competitor-tie',
      severity: tie.strength === 3 || decides ? 'high' : 'medium',
      personId: person.id,
      params: {
        name: person.name,
        title: person.title,
        competitor: competitors.get(tie.competitor)?.name ?? tie.competitor,
      },
    });
  }
  flags.push(...relationFlags(account, everyone, asOf));
  return flags;
}

export function flagsForPerson(flags: readonly RedFlag[], person: Person): RedFlag[] {
  return flags.filter((flag) => flag.personId === person.id);
}
