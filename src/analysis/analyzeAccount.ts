/**
 * Everything the views show about one account, computed once. Views take this object and only
 * lay it out.
 */
import { buildAccountModel, isKeyPerson, type AccountModel } from '../model/accountModel.ts';
import type { Account, Competitor, CompetitorTie, DecisionBody, Person } from '../schemas/account.ts';
import { resolveOptions, roleCoverage, type AnalysisOptions, type RoleCoverage } from './coverage.ts';
import { decisionChain } from './decisionChain.ts';
import { personMan, type ManResult } from './man.ts';
import { personQuadrant, type Quadrant } from './powerInterest.ts';
import { redFlags, type RedFlag } from './redFlags.ts';
import { layerSummaries, unitSummaries, type LayerSummary, type UnitSummary } from './summaries.ts';
import { teamCoverage, type TeamCoverage } from './teamCoverage.ts';
import { accountAt, presentAccount } from './timeline.ts';
import { bodyReach, type BodyReach } from './bodies.ts';
import {
  accountOpportunities,
  competitorsById,
  selectOpportunity,
  type SelectableOpportunity,
} from '../model/opportunities.ts';

export interface PersonAnalysis {
  person: Person;
  quadrant?: Quadrant;
  man?: ManResult;
  key: boolean;
  flags: RedFlag[];
  /** Ids from the person up to the top. */
  chain: string[];
  /** The group decision bodies the person sits on. */
  bodies: DecisionBody[];
  /** The competitor the person leans to, when the case file says so. */
  competitorTie?: { competitor: Competitor; strength: CompetitorTie['strength']; note?: string };
}

export interface AccountAnalysis {
  /** Lookups over everyone the file ever mentions, including people who have left. */
  model: AccountModel;
  /** The account as it stands on `asOf`: people who left are gone, history undone. */
  present: Account;
  asOf: string;
  staleDays: number;
  people: PersonAnalysis[];
  coverage: RoleCoverage[];
  /** The opportunity analysed (`options.opportunity`, else the primary) and all of them. */
  opportunity: SelectableOpportunity;
  opportunities: SelectableOpportunity[];
  /** Every group decision body, with how far we reach it. */
  bodies: BodyReach[];
  flags: RedFlag[];
  team: TeamCoverage;
  layers: LayerSummary[];
  units: UnitSummary[];
}

/** The same analysis with another of the account's opportunities selected (the page's selector). */
export function withOpportunity(analysis: AccountAnalysis, id: string): AccountAnalysis {
  return { ...analysis, opportunity: selectOpportunity(analysis.model.account, id) };
}

/**
 * Analyses the account as it stands on its reference date, so someone who left in a snapshot
 * raises no flag and counts for no coverage.
 */
export function analyzeAccount(account: Account, options?: AnalysisOptions): AccountAnalysis {
  const resolved = resolveOptions(account, options);
  const opportunity = selectOpportunity(account, options?.opportunity);
  const model = buildAccountModel(account);
  // On the reference date, the present its worksheets and search records share (kept per account).
  const present = options?.asOf === undefined ? presentAccount(account) : accountAt(account, resolved.asOf);
  const presentModel = buildAccountModel(present);
  const flags = redFlags(present, resolved, account);
  const competitors = competitorsById(account);
  const tieOf = ({ competitorTie: tie }: Person): Pick<PersonAnalysis, 'competitorTie'> =>
    tie
      ? {
          competitorTie: {
            competitor: competitors.get(tie.competitor) ?? { name: tie.competitor },
            strength: tie.strength,
            ...(tie.note ? { note: tie.note } : {}),
          },
        }
      : {};
  return {
    model,
    present,
    asOf: resolved.asOf,
    staleDays: resolved.staleDays,
    people: present.people.map((person) => {
      const quadrant = personQuadrant(person);
      const man = personMan(person);
      return {
        person,
        ...(quadrant ? { quadrant } : {}),
        ...(man ? { man } : {}),
        key: isKeyPerson(person),
        flags: flags.filter((flag) => flag.personId === person.id),
        chain: decisionChain(presentModel, person.id).map((link) => link.id),
        bodies: present.bodies.filter((body) => body.members.includes(person.id)),
        ...tieOf(person),
      };
    }),
    coverage: roleCoverage(present, resolved),
    opportunity,
    opportunities: accountOpportunities(account),
    bodies: present.bodies.map((body) => bodyReach(body, present, resolved)),
    flags,
    team: teamCoverage(present),
    layers: layerSummaries(presentModel),
    units: unitSummaries(presentModel),
  };
}
