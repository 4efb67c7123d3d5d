/**
 * The one validation pipeline: YAML text → schema → rules → located problems, for case files,
 * scenarios, agendas, chapter frontmatter and the glossary alike. Pure: texts come in, typed
 * values and problems go out, so tests feed it strings.
 */
import type { z } from 'zod';
import { formatFieldPath, hasErrors, sortProblems, type FieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schemaProblems.ts';
import { readYamlSource, type TopLevelExpectation, type YamlSource } from './yamlSource.ts';

/** A problem found by a rule over the raw data, located later by its field path. */
export interface RuleProblem {
  path: FieldPath;
  message: string;
  severity?: 'error' | 'warning';
}

export interface DocumentInput<T> {
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
  schema: z.ZodType<T>;
  /** What the whole document holds, for the message when it holds something else. */
  expectation: TopLevelExpectation;
  /**
   * Rules over the raw data; they run whenever the YAML reads, even if the schema failed. The
   * source lets a rule name another place of the same file in its message.
   */
  rules?: (data: unknown, source: YamlSource) => RuleProblem[];
  /** Lines before the document in its file (a chapter's frontmatter starts on line 2). */
  lineOffset?: number;
}

export interface DocumentResult<T> {
  /** Present only when there is no error (warnings allowed). */
  value?: T;
  /** The raw parsed data, even when it has errors (undefined when the YAML did not read). */
  data: unknown;
  source: YamlSource;
  problems: Problem[];
}

export function validateDocument<T>(input: DocumentInput<T>): DocumentResult<T> {
  const source = shifted(readYamlSource(input.file, input.text, input.expectation), input.lineOffset ?? 0);
  const problems = [...source.problems];
  if (hasErrors(problems)) return { data: source.data, source, problems: sortProblems(problems) };

  const parsed = input.schema.safeParse(source.data);
  const ruleProblems = (input.rules?.(source.data, source) ?? []).map((rule) =>
    locatedProblem(source, rule.path, rule.message, rule.severity),
  );
  // One error per field: a rule that knows what the value should name (周院长 is the name of
  // "dean") says more than the schema's generic "expected an id" at the same place.
  const ruleErrorAt = new Set(ruleProblems.filter((rule) => rule.severity === 'error').map((rule) => rule.path));
  if (!parsed.success) {
    problems.push(
      ...schemaProblems(source, input.schema, parsed.error.issues).filter((problem) => !ruleErrorAt.has(problem.path)),
    );
  }
  problems.push(...ruleProblems);
  const value = parsed.success && !hasErrors(problems) ? parsed.data : undefined;
  return { value, data: source.data, source, problems: sortProblems(problems) };
}

/** A problem at a field of a document, with its path written for a person. */
export function locatedProblem(
  source: YamlSource,
  path: FieldPath,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { file: source.file, ...source.locate(path), path: formatFieldPath(path, source.data), message, severity };
}

function shifted(source: YamlSource, lines: number): YamlSource {
  if (lines === 0) return source;
  return {
    ...source,
    problems: source.problems.map((problem) => ({ ...problem, line: problem.line + lines })),
    locate: (path, options) => {
      const at = source.locate(path, options);
      return { line: at.line + lines, column: at.column };
    },
  };
}
