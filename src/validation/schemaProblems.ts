/**
 * Turns zod issues into problems a trainer can act on: each names the field, says what was
 * expected (allowed values listed, a sure hint where there is one) and what was found.
 *
 * Only zod 4's public API is read: the documented fields of each issue code, and the schema
 * classes' own accessors (`shape`, `element`, `options`, `unwrap()`) to list the fields allowed
 * where an unknown one was written.
 */
import { z } from 'zod';
import { say } from './messages.ts';
import { describeValue, didYouMean, formatFieldPath, type Problem } from './problem.ts';
import { allowedValueHint, dateHint, idHint, listHint, numberHint } from './valueHints.ts';
import type { YamlSource } from './yamlSource.ts';

export type Issue = z.core.$ZodIssue;

export function schemaProblems(source: YamlSource, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path, source.data);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: source.file,
          ...source.locate(path, { key: true }),
          path: formatFieldPath(path, source.data),
          severity: 'error',
          message: say().unknownField({ key, hint: didYouMean(key, allowed), allowed }),
        });
      }
      continue;
    }
    problems.push({
      file: source.file,
      ...source.locate(issue.path),
      path: formatFieldPath(issue.path, source.data),
      severity: 'error',
      message: describeIssue(issue, valueAt(source.data, issue.path), elementValues(schema, issue, source.data)),
    });
  }
  return problems;
}

/**
 * What the field should hold, in words, for one issue; exported for the snapshot tests.
 * `elementValues`: where a list is expected, the values its items may take.
 */
export function describeIssue(issue: Issue, found: unknown, elementValues?: readonly unknown[]): string {
  const result = (expected: string, hint = '') =>
    found === undefined
      ? say().missingField({ expected })
      : say().expectedFound({ expected, found: describeValue(found) }) + hint;
  switch (issue.code) {
    case 'invalid_type': {
      const hint =
        issue.expected === 'number' || issue.expected === 'int'
          ? numberHint(found)
          : issue.expected === 'array'
            ? listHint(found, elementValues)
            : '';
      return result(say().type({ type: issue.expected }), hint);
    }
    case 'invalid_value':
      return result(say().oneOf({ values: issue.values.map(String) }), allowedValueHint(found, issue.values));
    case 'too_small': {
      const limit = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return result(say().atLeastItems({ count: limit }));
      if (issue.origin === 'string') return result(say().notEmptyText());
      return result(issue.inclusive ? say().atLeast({ limit }) : say().moreThan({ limit }));
    }
    case 'too_big': {
      const limit = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return result(say().atMostItems({ count: limit }));
      if (issue.origin === 'string') return result(say().atMostChars({ count: limit }));
      return result(issue.inclusive ? say().atMost({ limit }) : say().lessThan({ limit }));
    }
    case 'invalid_format': {
      if (issue.format === 'date') return result(say().date(), dateHint(found));
      if (issue.format === 'regex') return result(patternWords(issue.pattern, issue.message), idHint(found));
      return result(say().otherFormat({ format: issue.format }));
    }
    case 'not_multiple_of':
      return result(say().multipleOf({ divisor: issue.divisor }));
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options) {
        // zod places the issue at the discriminator field itself: `found` is its value.
        const values = issue.options.map(String);
        return result(
          say().discriminator({ field: issue.discriminator, values }),
          allowedValueHint(found, issue.options),
        );
      }
      return result(say().shapes({ shapes: unionShapes(issue.errors) }));
    }
    case 'invalid_key':
      return say().badKey({ key: String(valueAt(found, [])) });
    case 'invalid_element':
      return say().badKey({ key: String(issue.key) });
    default:
      return issue.message;
  }
}

/** Our schemas' patterns, worded in the message language (zod carries only the English text). */
function patternWords(pattern: string | undefined, fallback: string): string {
  if (pattern?.includes('a-z0-9]+(?:[-_]')) return say().idFormat();
  if (pattern?.includes('\\d{2}-[a-z0-9-]')) return say().chapterName();
  if (pattern?.includes('[01]\\d|2[0-3]')) return say().clockTime();
  return fallback;
}

/** A union that failed every option: what each option expected at the value itself. */
function unionShapes(errors: readonly (readonly Issue[])[]): string[] {
  const shapes = errors.map((optionIssues) => {
    const own = optionIssues.find((issue) => issue.path.length === 0) ?? optionIssues[0];
    if (!own) return '';
    if (own.code === 'invalid_value') {
      return own.values.length === 1 && own.values[0] === ''
        ? say().emptyText()
        : say().oneOf({ values: own.values.map(String) });
    }
    if (own.code === 'invalid_format' && own.format === 'date') return say().date();
    if (own.code === 'invalid_type') return say().type({ type: own.expected });
    return describeIssue(own, undefined);
  });
  return [...new Set(shapes.filter(Boolean))];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Looks through optional, default, nullable and readonly wrappers to the schema inside. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPrefault ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodReadonly
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** Of a union's object options, the one whose literal fields (the discriminator) match `value`. */
function pickOption(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  if (!(schema instanceof z.ZodUnion) || value === null || typeof value !== 'object') return schema;
  const record = value as Record<string, unknown>;
  const options = schema.options as readonly z.ZodType[];
  return (
    options.find(
      (option) =>
        option instanceof z.ZodObject &&
        Object.entries(option.shape as Record<string, z.ZodType>).every(([key, field]) => {
          const literal = unwrap(field);
          return !(literal instanceof z.ZodLiteral) || literal.values.has(record[key] as never);
        }),
    ) ?? schema
  );
}

/** The schema that describes the value at `path`. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): z.ZodType | undefined {
  let node = pickOption(unwrap(schema), data);
  for (let index = 0; index < path.length && node; index++) {
    if (node instanceof z.ZodObject) node = unwrap((node.shape as Record<string, z.ZodType>)[String(path[index])]);
    else if (node instanceof z.ZodArray) node = unwrap(node.element as z.ZodType);
    else return undefined;
    node = pickOption(node, valueAt(data, path.slice(0, index + 1)));
  }
  return node;
}

/** The values the items of the list at an issue's path may take, when they are a fixed set. */
function elementValues(schema: z.ZodType, issue: Issue, data: unknown): readonly unknown[] | undefined {
  if (issue.code !== 'invalid_type' || issue.expected !== 'array') return undefined;
  const element = schemaAt(schema, [...issue.path, 0], data);
  if (element instanceof z.ZodEnum) return element.options;
  if (element instanceof z.ZodLiteral) return [...element.values];
  return undefined;
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const node = schemaAt(schema, path, data);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}
