/**
 * Finds and loads scenario files (`accounts/<account>/scenarios/*.yaml`) and workshop agendas
 * (`content/workshops/*.yaml`), validated against the accounts and chapters of the project.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CHAPTERS_DIR, GLOSSARY_FILE } from '../model/contentRoot.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Workshop } from '../schemas/workshop.ts';
import { WORKSHEET_REQUIRED_TERMS } from '../schemas/worksheet.ts';
import { placeWhenShown, type ChapterPlan, type Place, type TeachingPlan } from '../validation/agendaPrerequisites.ts';
import { checkChapter, checkGlossary, type CheckedChapter } from '../validation/contentFiles.ts';
import { say } from '../validation/messages.ts';
import { collectUnique, duplicateFileProblem, type Problem } from '../validation/problem.ts';
import {
  validateScenarioText,
  validateWorkshopText,
  type KnownAccount,
  type KnownIds,
} from '../validation/workshopFiles.ts';
import { readYamlSource, type YamlSource } from '../validation/yamlSource.ts';
import { totalMinutes } from './agenda.ts';

export const WORKSHOPS_DIR = 'content/workshops';

/** The YAML files directly in `dir`, sorted; none when the folder does not exist. */
export const yamlFilesIn = (dir: string): string[] =>
  existsSync(dir) && statSync(dir).isDirectory()
    ? readdirSync(dir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => join(dir, name))
    : [];

export function findScenarioFiles(root: string): string[] {
  const accounts = join(root, 'accounts');
  if (!existsSync(accounts)) return [];
  return readdirSync(accounts)
    .sort()
    .flatMap((name) => yamlFilesIn(join(accounts, name, 'scenarios')));
}

export const findWorkshopFiles = (root: string): string[] => yamlFilesIn(join(root, WORKSHOPS_DIR));

/** Chapter names that exist in this checkout (only these can be linked from an agenda). */
export function findChapterNames(root: string): Set<string> {
  const dir = join(root, CHAPTERS_DIR);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => name.replace(/\.mdx?$/, '')),
  );
}

/**
 * What the chapters teach (frontmatter `terms`, `duration`, located) and the glossary's names.
 * Chapters or a glossary with problems of their own contribute what can be read; their problems
 * are reported by the content check of the build, not again here.
 */
export function readTeaching(root: string): Teaching {
  const dir = join(root, CHAPTERS_DIR);
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => /\.mdx?$/.test(name)) : [];
  const chapters = names.flatMap((name) => {
    const file = `${CHAPTERS_DIR}/${name}`;
    return checkChapter({ file, text: readFileSync(join(root, file), 'utf8') }).chapter ?? [];
  });
  const glossaryPath = join(root, GLOSSARY_FILE);
  const glossary = existsSync(glossaryPath)
    ? checkGlossary({ file: GLOSSARY_FILE, text: readFileSync(glossaryPath, 'utf8') }).entries
    : undefined;
  return teachingOf(chapters, glossary);
}

export type Teaching = Pick<TeachingPlan, 'chapters' | 'termNames'>;

/**
 * The teaching plan of chapters and a glossary already read (the build's content check reads
 * them once for both). Chapters count in file-name order: an agenda's message names the first
 * chapter that teaches a term.
 */
export function teachingOf(
  chapters: readonly CheckedChapter[],
  glossary: readonly GlossaryEntry[] | undefined,
): Teaching {
  const plans = new Map<string, ChapterPlan>();
  for (const chapter of [...chapters].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const place = (path: (string | number)[]): Place => placeWhenShown(chapter.file, () => chapter.source.locate(path));
    plans.set(chapter.id, {
      duration: chapter.data.duration,
      durationAt: place(['duration']),
      terms: new Map(chapter.data.terms.map((term, index) => [term, place(['terms', index])])),
    });
  }
  return {
    chapters: plans,
    termNames: new Map((glossary ?? []).map((entry) => [entry.id, { zh: entry.zh, en: entry.en }])),
  };
}

/**
 * Each scenario file's `requiredTerms`, located, read from the raw YAML (valid file or not);
 * `read` holds the files validated already, which are not read again.
 */
function scenarioTermsOf(
  root: string,
  paths: readonly string[],
  read: ReadonlyMap<string, YamlSource>,
): TeachingPlan['scenarioTerms'] {
  const result = new Map<string, Map<string, Place>>();
  for (const path of paths) {
    const file = relative(root, path) || path;
    const source =
      read.get(path) ??
      readYamlSource(file, readFileSync(path, 'utf8'), { shape: 'mapping', description: say().expectScenario() });
    const terms = (source.data as { requiredTerms?: unknown } | undefined)?.requiredTerms;
    if (!Array.isArray(terms)) continue;
    const located = new Map<string, Place>();
    terms.forEach((term, index) => {
      if (typeof term === 'string')
        located.set(
          term,
          placeWhenShown(file, () => source.locate(['requiredTerms', index])),
        );
    });
    result.set(stem(path), located);
  }
  return result;
}

export interface WorkshopContent {
  scenarios: Scenario[];
  workshops: Workshop[];
  problems: Problem[];
}

const stem = (path: string) => basename(path).replace(/\.ya?ml$/, '');

/**
 * Every scenario and agenda of the project (or the named files), checked against `accounts`:
 * every case file found, valid or not, so a reference to an account with errors of its own is
 * not reported again as unknown.
 */
export function validateWorkshopContent(
  root: string,
  accounts: ReadonlyMap<string, KnownAccount>,
  files: { scenarios?: readonly string[]; workshops?: readonly string[] } = {},
  teaching: Teaching = readTeaching(root),
): WorkshopContent {
  const scenarioFiles = files.scenarios ?? findScenarioFiles(root);
  const workshopFiles = files.workshops ?? findWorkshopFiles(root);
  const known: KnownIds = {
    accounts,
    chapters: findChapterNames(root),
    scenarios: new Map(),
    ...(teaching.termNames.size > 0 ? { glossaryTerms: new Set(teaching.termNames.keys()) } : {}),
  };
  const problems: Problem[] = [];
  const read = new Map<string, YamlSource>();
  const checked = scenarioFiles.flatMap((path) => {
    const file = relative(root, path) || path;
    const folderAccount = basename(join(path, '..', '..'));
    const result = validateScenarioText(
      { file, text: readFileSync(path, 'utf8'), expectedId: stem(path), folderAccount },
      known,
    );
    read.set(path, result.source);
    problems.push(...result.problems);
    return result.scenario ? [{ file, scenario: result.scenario }] : [];
  });
  const { unique } = collectUnique(
    checked,
    (entry) => entry.scenario.id,
    (entry, first) =>
      problems.push(duplicateFileProblem(entry.file, 'scenario', entry.scenario.id, checked[first]!.file)),
  );
  const scenarios = unique.map((entry) => entry.scenario);
  // Workshops may use every scenario file found, even one with problems of its own, so a
  // broken scenario is reported once, where it is, not again at every agenda that uses it.
  // Named files are checked against every scenario of the project, not only the named ones.
  const allScenarioFiles = [...new Set([...findScenarioFiles(root), ...scenarioFiles])];
  const scenarioIds = new Map<string, string>(
    allScenarioFiles.map((path) => [stem(path), basename(join(path, '..', '..'))]),
  );
  const scenarioMinutes = new Map(scenarios.map((scenario) => [scenario.id, totalMinutes(scenario.stages)]));
  const withScenarios: KnownIds = {
    ...known,
    scenarios: scenarioIds,
    scenarioMinutes,
    teaching: {
      ...teaching,
      scenarioTerms: scenarioTermsOf(root, allScenarioFiles, read),
      worksheetTerms: WORKSHEET_REQUIRED_TERMS,
    },
  };
  const workshops: Workshop[] = [];
  for (const path of workshopFiles) {
    const file = relative(root, path) || path;
    const result = validateWorkshopText(
      { file, text: readFileSync(path, 'utf8'), expectedId: stem(path) },
      withScenarios,
    );
    problems.push(...result.problems);
    if (result.workshop) workshops.push(result.workshop);
  }
  return { scenarios, workshops, problems };
}
