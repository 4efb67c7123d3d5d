/**
 * Schema problems of a value that did not come from a YAML file (an exported JSON file a person
 * hands us): the same expected-vs-found messages as `schemaProblems`, without file positions,
 * at most `max` lines so a wildly wrong file does not flood the page.
 */
import type { z } from 'zod';
import { say } from './messages.ts';
import { schemaProblems } from './schemaProblems.ts';
import type { YamlSource } from './yamlSource.ts';

export function valueProblems(
  data: unknown,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  max = 20,
): string[] {
  const source: YamlSource = { file: 'file.json', data, problems: [], locate: () => ({ line: 1, column: 1 }) };
  const lines = schemaProblems(source, schema, issues).map(
    (problem) => `${problem.path || say().wholeFile()}  ${problem.message}`,
  );
  const extra = lines.length - max;
  return extra > 0 ? [...lines.slice(0, max), say().moreProblems({ count: extra })] : lines;
}
