/**
 * Everything the views show about one account, computed once. Views take this object and only
 * lay it out.
 */
import { buildAccountModel, isKeyPerson, type AccountModel } from '../model/accountModel.ts';
import type { Account, Person } from '../schemas/account.ts';
import { resolveOptions, roleCoverage, type AnalysisOptions, type RoleCoverage } from './coverage.ts';
import { decisionChain } from './decisionChain.ts';
import { personMan, type ManResult } from './man.ts';
import { personQuadrant, type Quadrant } from './powerInterest.ts';
import { redFlags, type RedFlag } from './redFlags.ts';
import { layerSummaries, unitSummaries, type LayerSummary, type UnitSummary } from './summaries.ts';
import { teamCoverage, type TeamCoverage } from './teamCoverage.ts';
import { accountAt } from './timeline.ts';

export interface PersonAnalysis {
  person: Person;
  quadrant?: Quadrant;
  man?: ManResult;
  key: boolean;
  flags: RedFlag[];
  /** Ids from the person up to the top. */
  chain: string[];
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
  flags: RedFlag[];
  team: TeamCoverage;
  layers: LayerSummary[];
  units: UnitSummary[];
}

/**
 * Analyses the account as it stands on its reference date, so someone who left in a snapshot
 * raises no flag and counts for no coverage.
 */
export function analyzeAccount(account: Account, options?: AnalysisOptions): AccountAnalysis {
  const resolved = resolveOptions(account, options);
  const model = buildAccountModel(account);
  const present = accountAt(account, resolved.asOf);
  const presentModel = buildAccountModel(present);
  const flags = redFlags(present, resolved, account);
  return {
    model,
    present,
    ...resolved,
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
      };
    }),
    coverage: roleCoverage(present, resolved),
    flags,
    team: teamCoverage(present),
    layers: layerSummaries(presentModel),
    units: unitSummaries(presentModel),
  };
}
