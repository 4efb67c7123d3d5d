/**
 * The components chapters use without importing them: passed to `<Content components={…}>`.
 * Each is a thin wrapper that takes `account="id"` and renders the account tables.
 */
import ComplianceLink from './ComplianceLink.astro';
import DecisionProcess from './DecisionProcess.astro';
import Exercise from './Exercise.astro';
import InformationTable from './InformationTable.astro';
import ManTable from './ManTable.astro';
import PeopleTable from './PeopleTable.astro';
import PowerInterestTable from './PowerInterestTable.astro';
import RedFlags from './RedFlags.astro';
import RoleCoverage from './RoleCoverage.astro';
import TeamCoverage from './TeamCoverage.astro';
import Term from './Term.astro';
import TrainerNotes from './TrainerNotes.astro';

export const mdxComponents = {
  ComplianceLink,
  DecisionProcess,
  Exercise,
  InformationTable,
  ManTable,
  PeopleTable,
  PowerInterestTable,
  RedFlags,
  RoleCoverage,
  TeamCoverage,
  Term,
  TrainerNotes,
};
