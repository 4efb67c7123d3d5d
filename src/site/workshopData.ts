/**
 * Scenarios and workshop agendas for pages: validated once, filtered for the edition the same
 * way as accounts (a scenario shows only where its account shows; `trainer` blocks removed).
 */
import { forEdition } from '../model/edition.ts';
import { perSourceVersion } from '../model/sourceVersion.ts';
import { contentRoot } from '../model/contentRoot.ts';
import { sourcesCheckedBefore } from '../build/sourceProblems.ts';
import { findCaseFiles, validateFiles } from '../model/loadAccounts.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Workshop } from '../schemas/workshop.ts';
import { throwIfProblems } from '../validation/problem.ts';
import { validateWorkshopContent } from '../workshops/load.ts';
import { edition, getAccounts } from './data.ts';

const load = perSourceVersion((): { scenarios: Scenario[]; workshops: Workshop[] } => {
  const root = contentRoot();
  // The build's config hook validated these very files already (sourceProblems.ts).
  const content =
    sourcesCheckedBefore(root)?.workshops ??
    validateWorkshopContent(root, validateFiles(root, findCaseFiles(root)).known);
  throwIfProblems(content.problems);
  const visible = new Set(getAccounts().map((account) => account.id));
  const filter = <T>(value: T): T => forEdition(value, edition);
  return {
    scenarios: content.scenarios.filter((scenario) => visible.has(scenario.account)).map(filter),
    workshops: content.workshops.map(filter),
  };
});

export const getScenarios = (): Scenario[] => load().scenarios;
export const getWorkshops = (): Workshop[] => load().workshops;

/** The scenario, or undefined when it is not in this edition (its account is internal). */
export const findScenario = (id: string): Scenario | undefined => getScenarios().find((scenario) => scenario.id === id);

export function getScenario(id: string): Scenario {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`No scenario "${id}" in the ${edition} edition`);
  return scenario;
}

export function getWorkshop(id: string): Workshop {
  const workshop = getWorkshops().find((candidate) => candidate.id === id);
  if (!workshop) throw new Error(`No workshop "${id}" in the ${edition} edition`);
  return workshop;
}

export const scenarioHref = (id: string) => `/scenarios/${id}/`;
export const workshopHref = (id: string) => `/workshops/${id}/`;
