/**
 * Teaching order of a workshop agenda. Chapters declare the glossary terms they teach
 * (frontmatter `terms`), worksheets and scenarios the terms they need; an agenda must teach a
 * term (in a chapter session, or in the pre-work reading) before a session that needs it. A
 * chapter session shorter than the chapter's own plan must say what it leaves out (`cut`).
 *
 * Pure: the raw agenda data and what the chapters and scenarios declare come in, problems with
 * field paths go out; the caller locates them. Reads the raw data defensively, so it runs beside
 * the schema's own problems.
 */
import type { RuleProblem } from './document.ts';
import { say } from './messages.ts';
import type { FieldPath } from './problem.ts';
import { asEntries, asEntry, asString, type Entry } from './rawData.ts';

/** A place in a source file, shown as `file:line:column`. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface ChapterPlan {
  /** The chapter's planned minutes and where that is declared. */
  duration: number;
  durationAt: Place;
  /** term id → where the chapter's frontmatter lists it. */
  terms: ReadonlyMap<string, Place>;
}

/** What the agendas of a project are checked against. */
export interface TeachingPlan {
  /** chapter file name (05-power-interest) → its plan. */
  chapters: ReadonlyMap<string, ChapterPlan>;
  /** scenario id → term id → where the scenario's `requiredTerms` lists it. */
  scenarioTerms: ReadonlyMap<string, ReadonlyMap<string, Place>>;
  /** worksheet kind → the terms it needs (declared in code, src/schemas/worksheet.ts). */
  worksheetTerms: Readonly<Record<string, readonly string[]>>;
  /** term id → its glossary names, for messages. */
  termNames: ReadonlyMap<string, { zh: string; en: string }>;
}

export const formatPlace = (place: Place) => `${place.file}:${place.line}:${place.column}`;

/**
 * A place whose line and column are found only when a message shows them: locating a field
 * parses its YAML again, and a plan holds a place for every term of every chapter and scenario,
 * which only a problem ever shows.
 */
export function placeWhenShown(file: string, locate: () => { line: number; column: number }): Place {
  let found: { line: number; column: number } | undefined;
  const at = () => (found ??= locate());
  return {
    file,
    get line() {
      return at().line;
    },
    get column() {
      return at().column;
    },
  };
}

/**
 * Problems of teaching order and of cuts. `locate` turns a field path of the agenda into its
 * place, so a message can name the session where a term is taught later.
 */
export function checkAgendaPrerequisites(
  data: Entry,
  plan: TeachingPlan,
  locate: (path: FieldPath) => Place,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const sessions = asEntries(data.sessions);
  const name = (term: string) => say().termName({ id: term, ...plan.termNames.get(term) });

  /** term → where the agenda teaches it: pre-work reading first, then chapter sessions in order. */
  const taughtAt = new Map<string, { index: number; path: FieldPath; label: string }>();
  const reading = asEntry(data.prework).read;
  (Array.isArray(reading) ? reading : []).forEach((chapter: unknown, index: number) => {
    for (const term of plan.chapters.get(asString(chapter) ?? '')?.terms.keys() ?? []) {
      if (!taughtAt.has(term))
        taughtAt.set(term, { index: -1, path: ['prework', 'read', index], label: `prework.read[${index}]` });
    }
  });
  sessions.forEach((session, index) => {
    if (session.kind !== 'chapter') return;
    for (const term of plan.chapters.get(asString(session.chapter) ?? '')?.terms.keys() ?? []) {
      if (!taughtAt.has(term))
        taughtAt.set(term, { index, path: ['sessions', index, 'chapter'], label: `sessions[${index}]` });
    }
  });
  /** The first chapter that teaches a term, for terms this agenda never teaches. */
  const chapterTeaching = (term: string) => {
    for (const [id, chapter] of plan.chapters) {
      const at = chapter.terms.get(term);
      if (at) return { id, at };
    }
    return undefined;
  };

  sessions.forEach((session, index) => {
    const chapterId = asString(session.chapter);
    const chapter = session.kind === 'chapter' && chapterId ? plan.chapters.get(chapterId) : undefined;
    if (chapter && typeof session.minutes === 'number' && session.minutes < chapter.duration && !session.cut) {
      problems.push({
        path: ['sessions', index, 'minutes'],
        message: say().cutNeeded({
          minutes: session.minutes,
          chapter: chapterId!,
          duration: chapter.duration,
          at: formatPlace(chapter.durationAt),
        }),
      });
    }

    const needs = sessionNeeds(session, plan);
    if (!needs) return;
    // Grouped by where each missing term is taught: a later session, or a chapter not on the agenda.
    const groups = new Map<string, { sentence: (terms: string) => string; terms: string[] }>();
    const add = (key: string, sentence: (terms: string) => string, term: string) => {
      const group = groups.get(key) ?? { sentence, terms: [] };
      group.terms.push(name(term));
      groups.set(key, group);
    };
    for (const term of needs.terms) {
      const taught = taughtAt.get(term);
      if (taught && taught.index < index) continue;
      if (taught) {
        const { label } = taught;
        const at = formatPlace(locate(taught.path));
        add(label, (terms) => say().taughtLater({ terms, path: label, at }), term);
        continue;
      }
      const teacher = chapterTeaching(term);
      // A term no chapter teaches is the glossary's problem, reported there.
      if (teacher) {
        const at = formatPlace(teacher.at);
        add(teacher.id, (terms) => say().notOnAgenda({ terms, chapter: teacher.id, at }), term);
      }
    }
    if (groups.size === 0) return;
    const late = [...groups.values()].map(({ sentence, terms }) => sentence(say().termList({ terms })));
    problems.push({
      path: ['sessions', index, needs.field],
      message: say().termsNotTaught({ what: needs.what(), late }),
    });
  });
  return problems;
}

function sessionNeeds(
  session: Entry,
  plan: TeachingPlan,
): { what: () => string; field: string; terms: readonly string[] } | undefined {
  const worksheet = asString(session.worksheet);
  if (session.kind === 'worksheet' && worksheet) {
    const terms = plan.worksheetTerms[worksheet];
    return terms ? { what: () => say().worksheetNeeds({ kind: worksheet }), field: 'worksheet', terms } : undefined;
  }
  const scenario = asString(session.scenario);
  const terms = scenario === undefined ? undefined : plan.scenarioTerms.get(scenario);
  if (session.kind === 'scenario' && terms && terms.size > 0) {
    const first = terms.values().next().value!;
    return {
      what: () => say().scenarioNeeds({ id: scenario!, at: formatPlace(first) }),
      field: 'scenario',
      terms: [...terms.keys()],
    };
  }
  return undefined;
}
