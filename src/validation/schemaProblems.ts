/**
 * Turns zod issues into problems a trainer can act on: each names the field, says what was
 * expected (allowed values listed, nearest one suggested) and what was found.
 */
import type { z } from 'zod';
import { describeValue, didYouMean, formatFieldPath, type Problem } from './problem.ts';
import type { YamlSource } from './yamlSource.ts';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (field: value pairs)',
};

export function schemaProblems(source: YamlSource, schema: z.ZodType, issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const found = valueAt(source.data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, issue.path, source.data);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file: source.file,
          ...source.locate(path, { key: true }),
          path: formatFieldPath(path),
          severity: 'error',
          message: `unknown field "${key}"${didYouMean(key, allowed)}${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`,
        });
      }
      continue;
    }
    problems.push({
      file: source.file,
      ...source.locate(issue.path),
      path: formatFieldPath(issue.path),
      severity: 'error',
      message: describeIssue(issue, found),
    });
  }
  return problems;
}

function describeIssue(issue: Issue, found: unknown): string {
  const missing = found === undefined ? 'required field is missing: ' : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (found === undefined) return `required field is missing: expected ${expected}`;
      return `expected ${expected}; found ${describeValue(found)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => (typeof value === 'string' ? value : String(value)));
      if (found === undefined) return `${missing}expected one of ${values.join(', ')}`;
      return `expected one of ${values.join(', ')}; found ${describeValue(found)}${didYouMean(found, values)}`;
    }
    case 'too_small': {
      if (issue.origin === 'array')
        return `expected at least ${String(issue.minimum)} item(s); found ${describeValue(found)}`;
      if (issue.origin === 'string') return `expected text that is not empty; found ${describeValue(found)}`;
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}; found ${describeValue(found)}`;
    }
    case 'too_big': {
      if (issue.origin === 'array')
        return `expected at most ${String(issue.maximum)} item(s); found ${describeValue(found)}`;
      return `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}; found ${describeValue(found)}`;
    }
    case 'invalid_format': {
      if (issue.format === 'date') return `expected a date written as YYYY-MM-DD; found ${describeValue(found)}`;
      if (issue.format === 'regex') return `expected ${issue.message}; found ${describeValue(found)}`;
      return `expected ${issue.format}; found ${describeValue(found)}`;
    }
    case 'invalid_union': {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator && options) {
        if (found === undefined)
          return `${missing}expected ${discriminator} to be one of ${options.map(String).join(', ')}`;
        const values = options.map(String);
        return `expected ${discriminator} to be one of ${values.join(', ')}; found ${describeValue(found)}${didYouMean(found, values)}`;
      }
      return `expected one of several allowed shapes; found ${describeValue(found)}`;
    }
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

type AnySchema = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The schema node that describes the value at `path`, looking through defaults and unions. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): AnySchema | undefined {
  let node = unwrap(schema as unknown as AnySchema);
  for (let index = 0; index < path.length && node; index++) {
    const def = node._zod.def;
    if (def.type === 'object') node = unwrap((def.shape as Record<string, AnySchema>)[String(path[index])]);
    else if (def.type === 'array') node = unwrap(def.element as AnySchema);
    else return undefined;
    node = pickUnionOption(node, valueAt(data, path.slice(0, index + 1)));
  }
  return node;
}

function unwrap(node: AnySchema | undefined): AnySchema | undefined {
  let current = node;
  while (current && ['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(current._zod.def.type)) {
    current = current._zod.def.innerType as AnySchema;
  }
  return current;
}

function pickUnionOption(node: AnySchema | undefined, value: unknown): AnySchema | undefined {
  if (!node || node._zod.def.type !== 'union') return node;
  const discriminator = node._zod.def.discriminator as string | undefined;
  const options = node._zod.def.options as AnySchema[];
  if (!discriminator || value === null || typeof value !== 'object') return node;
  const wanted = (value as Record<string, unknown>)[discriminator];
  return (
    options.find((option) => {
      const literal = unwrap((option._zod.def.shape as Record<string, AnySchema>)[discriminator]);
      return (literal?._zod.def.values as unknown[] | undefined)?.includes(wanted);
    }) ?? node
  );
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const node = schemaAt(schema, path, data);
  return node?._zod.def.type === 'object' ? Object.keys(node._zod.def.shape as object) : [];
}
