/**
 * Checking stored data in the browser without zod. A worksheet page reads the trainee's saved
 * work from localStorage on every visit; validating it with the zod schemas would load zod and
 * the whole case-file schema (about 29 KB gzip) before the page can run. Instead the page checks
 * the data against a `Shape`: a plain description of the same rules, generated from the zod
 * schemas (`shapeOf.ts`, `npm run schema`, committed in `storedShapes.ts`) and tested to accept
 * and reject exactly what zod does. zod itself still reads a file the trainee imports, for its
 * located messages; stored data is only kept or set aside, so a yes or no is all it needs.
 *
 * The rules are the zod ones the stored schemas use, with zod's semantics: checks run in order
 * (a `trim` changes what the later checks see), a default stands in for a missing value without
 * being checked, a strict object refuses an unknown key, the first union option that accepts wins.
 * Pure and small: no zod import, nothing but the checks.
 */

/** A check on a string, number or array, in the order zod runs it. */
export type ShapeCheck =
  | readonly ['trim']
  | readonly ['min' | 'max', number] // length of a string or array
  | readonly ['gte' | 'lte' | 'gt' | 'lt', number] // value of a number
  | readonly ['regex', string, string]; // source and flags

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export type Shape =
  | { readonly type: 'string'; readonly checks?: readonly ShapeCheck[] }
  | { readonly type: 'number'; readonly int?: true; readonly checks?: readonly ShapeCheck[] }
  | { readonly type: 'boolean' }
  /** `z.literal` and `z.enum`: one of these values exactly. */
  | { readonly type: 'literal'; readonly values: readonly (string | number | boolean | null)[] }
  | { readonly type: 'optional'; readonly of: Shape }
  | { readonly type: 'default'; readonly of: Shape; readonly value: Json }
  | { readonly type: 'array'; readonly of: Shape; readonly checks?: readonly ShapeCheck[] }
  | { readonly type: 'record'; readonly key: Shape; readonly value: Shape }
  /** `z.union` and `z.discriminatedUnion` (whose options differ in their discriminator). */
  | { readonly type: 'union'; readonly of: readonly Shape[] }
  /** `unknown`: what a key the fields do not name does: refused (strict), dropped or kept. */
  | {
      readonly type: 'object';
      readonly fields: { readonly [key: string]: Shape };
      readonly unknown: 'refuse' | 'strip' | 'keep';
    };

const INVALID: unique symbol = Symbol('invalid');
type Checked = unknown | typeof INVALID;

/** The data as zod would output it (trimmed, defaults filled in), or undefined when zod would refuse it. */
export function checkShape<T>(shape: Shape, data: unknown): T | undefined {
  const result = check(shape, data);
  return result === INVALID ? undefined : (result as T);
}

const regexes = new Map<string, RegExp>();
function regexOf(source: string, flags: string): RegExp {
  const key = `/${source}/${flags}`;
  return regexes.get(key) ?? regexes.set(key, new RegExp(source, flags)).get(key)!;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function check(shape: Shape, value: unknown): Checked {
  switch (shape.type) {
    case 'string':
      return typeof value === 'string' ? runChecks(shape.checks, value) : INVALID;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return INVALID;
      if (shape.int && !Number.isSafeInteger(value)) return INVALID;
      return runChecks(shape.checks, value);
    case 'boolean':
      return typeof value === 'boolean' ? value : INVALID;
    case 'literal':
      return shape.values.includes(value as never) ? value : INVALID;
    case 'optional':
      // zod: `.optional()` over a default still fills the default in (`accountSchema.partial()`).
      return value === undefined && !defaulted(shape.of) ? undefined : check(shape.of, value);
    case 'default':
      // A fresh copy each time, as zod's: a default array is never shared between records.
      return value === undefined ? structuredClone(shape.value) : check(shape.of, value);
    case 'array': {
      if (!Array.isArray(value)) return INVALID;
      const items: unknown[] = [];
      for (const item of value) {
        const checked = check(shape.of, item);
        if (checked === INVALID) return INVALID;
        items.push(checked);
      }
      return runChecks(shape.checks, items);
    }
    case 'record': {
      if (!isObject(value)) return INVALID;
      const entries: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const checkedKey = check(shape.key, key);
        const checked = check(shape.value, item);
        if (checkedKey === INVALID || checked === INVALID) return INVALID;
        entries[checkedKey as string] = checked;
      }
      return entries;
    }
    case 'union':
      for (const option of shape.of) {
        const checked = check(option, value);
        if (checked !== INVALID) return checked;
      }
      return INVALID;
    case 'object': {
      if (!isObject(value)) return INVALID;
      const output: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape.fields)) {
        const checked = check(field, value[key]);
        if (checked === INVALID) return INVALID;
        // zod leaves out a key the input lacks when nothing (no default) gives it a value.
        if (checked !== undefined || key in value) output[key] = checked;
      }
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape.fields, key)) continue;
        if (shape.unknown === 'refuse') return INVALID;
        if (shape.unknown === 'keep') output[key] = value[key];
      }
      return output;
    }
  }
}

const defaulted = (shape: Shape): boolean =>
  shape.type === 'default' || (shape.type === 'optional' && defaulted(shape.of));

function runChecks(checks: readonly ShapeCheck[] = [], value: string | number | unknown[]): Checked {
  let current = value;
  for (const rule of checks) {
    const size = typeof current === 'number' ? current : current.length;
    switch (rule[0]) {
      case 'trim':
        current = (current as string).trim();
        continue;
      case 'regex':
        if (!regexOf(rule[1], rule[2]).test(current as string)) return INVALID;
        continue;
      case 'min':
      case 'gte':
        if (size < rule[1]) return INVALID;
        continue;
      case 'max':
      case 'lte':
        if (size > rule[1]) return INVALID;
        continue;
      case 'gt':
        if (size <= rule[1]) return INVALID;
        continue;
      case 'lt':
        if (size >= rule[1]) return INVALID;
    }
  }
  return current;
}
