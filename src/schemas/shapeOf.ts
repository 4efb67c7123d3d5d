/**
 * A zod schema as a `Shape` (`shapeCheck.ts`): the same rules, read from the schema's own
 * definition, so the stored shapes the browser checks are never written by hand. Only what the
 * stored schemas use is known; anything else (a transform, a refinement, a nullable…) stops the
 * generation with the schema path, rather than being checked more loosely than zod would.
 * Used by `npm run schema` and the tests; never loaded by a page.
 */
import type { z } from 'zod';
import type { Json, Shape, ShapeCheck } from './shapeCheck.ts';

interface Definition {
  type: string;
  checks?: { _zod: { def: CheckDefinition } }[];
  format?: string;
  pattern?: RegExp;
  values?: (string | number | boolean | null)[];
  entries?: Record<string, string | number>;
  innerType?: z.ZodType;
  defaultValue?: Json;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
}

interface CheckDefinition {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
}

const definitionOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Definition } })._zod.def;

export function shapeOf(schema: z.ZodType, path = '(root)'): Shape {
  const def = definitionOf(schema);
  const unsupported = (what: string) =>
    new Error(`${path}: ${what} cannot be checked without zod; teach src/schemas/shapeCheck.ts first`);
  const checks = (def.checks ?? []).map((check) => checkOf(check._zod.def, unsupported));
  const withChecks = <S extends Shape>(shape: S): S => (checks.length > 0 ? { ...shape, checks } : shape);
  switch (def.type) {
    case 'string': {
      if (!def.format) return withChecks({ type: 'string' });
      // z.iso.date() and z.iso.datetime() are their pattern, nothing more.
      if (!def.pattern || !['date', 'datetime'].includes(def.format)) throw unsupported(`the format ${def.format}`);
      return { type: 'string', checks: [regexCheck(def.pattern), ...checks] };
    }
    case 'number':
      if (def.format && def.format !== 'safeint') throw unsupported(`the number format ${def.format}`);
      return withChecks(def.format ? { type: 'number', int: true } : { type: 'number' });
    case 'boolean':
      return { type: 'boolean' };
    case 'literal':
      return { type: 'literal', values: def.values! };
    case 'enum':
      return { type: 'literal', values: Object.values(def.entries!) };
    case 'optional':
      return { type: 'optional', of: shapeOf(def.innerType!, path) };
    case 'default':
      return { type: 'default', of: shapeOf(def.innerType!, path), value: def.defaultValue! };
    case 'array':
      return withChecks({ type: 'array', of: shapeOf(def.element!, `${path}[]`) });
    case 'record':
      return {
        type: 'record',
        key: shapeOf(def.keyType!, `${path}{key}`),
        value: shapeOf(def.valueType!, `${path}{}`),
      };
    case 'union':
      return { type: 'union', of: def.options!.map((option, index) => shapeOf(option, `${path}|${index}`)) };
    case 'object': {
      if (checks.length > 0) throw unsupported('a check on a whole object');
      const catchall = def.catchall ? definitionOf(def.catchall).type : undefined;
      if (catchall !== undefined && catchall !== 'never' && catchall !== 'unknown')
        throw unsupported(`a catchall of ${catchall}`);
      const fields = Object.fromEntries(
        Object.entries(def.shape!).map(([key, field]) => [
          key,
          shapeOf(field, path === '(root)' ? key : `${path}.${key}`),
        ]),
      );
      const unknown = catchall === 'never' ? 'refuse' : catchall === 'unknown' ? 'keep' : 'strip';
      return { type: 'object', fields, unknown };
    }
    default:
      throw unsupported(`a ${def.type} schema`);
  }
}

function checkOf(def: CheckDefinition, unsupported: (what: string) => Error): ShapeCheck {
  switch (def.check) {
    case 'overwrite':
      // The one overwrite the schemas use is `.trim()`; any other transform is refused.
      if (def.tx?.('  a ') === 'a' && def.tx('b') === 'b') return ['trim'];
      throw unsupported('an overwrite other than trim');
    case 'min_length':
      return ['min', def.minimum!];
    case 'max_length':
      return ['max', def.maximum!];
    case 'greater_than':
      return [def.inclusive ? 'gte' : 'gt', def.value!];
    case 'less_than':
      return [def.inclusive ? 'lte' : 'lt', def.value!];
    case 'string_format':
      if (def.format === 'regex' && def.pattern) return regexCheck(def.pattern);
      throw unsupported(`the string format ${def.format}`);
    default:
      throw unsupported(`the check ${def.check}`);
  }
}

function regexCheck(pattern: RegExp): ShapeCheck {
  if (pattern.global || pattern.sticky) throw new Error(`regex /${pattern.source}/${pattern.flags}: no g or y flag`);
  return ['regex', pattern.source, pattern.flags];
}

/**
 * TypeScript for named shapes: each as an exported constant, with every sub-shape used more than
 * once (an id, a person) written once as a local constant and referred to by name.
 */
export function shapesModule(shapes: Record<string, Shape>, header: string): string {
  const counts = new Map<string, number>();
  const count = (shape: Shape) => {
    const key = JSON.stringify(shape);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if ((counts.get(key) ?? 0) > 1) return; // its children are counted once per distinct shape
    for (const child of childrenOf(shape)) count(child);
  };
  for (const shape of Object.values(shapes)) count(shape);

  const names = new Map<string, string>();
  const locals: string[] = [];
  const write = (shape: Shape, top = false): string => {
    const key = JSON.stringify(shape);
    const known = names.get(key);
    if (known) return known;
    const text = literal(shape, (child) => write(child));
    if (top || (counts.get(key) ?? 0) < 2 || key.length < 40) return text;
    const name = `shape${names.size + 1}`;
    names.set(key, name);
    locals.push(`const ${name}: Shape = ${text};`);
    return name;
  };
  const exported = Object.entries(shapes).map(
    ([name, shape]) => `export const ${name}: Shape = ${write(shape, true)};`,
  );
  return [header, `import type { Shape } from './shapeCheck.ts';`, '', ...locals, '', ...exported, ''].join('\n');
}

function childrenOf(shape: Shape): Shape[] {
  switch (shape.type) {
    case 'optional':
    case 'default':
    case 'array':
      return [shape.of];
    case 'record':
      return [shape.key, shape.value];
    case 'union':
      return [...shape.of];
    case 'object':
      return Object.values(shape.fields);
    default:
      return [];
  }
}

/** One shape as an object literal, its sub-shapes written by `child`. */
function literal(shape: Shape, child: (shape: Shape) => string): string {
  const parts = Object.entries(shape).map(([key, value]) => {
    if (key === 'of' && Array.isArray(value)) return `of: [${(value as Shape[]).map(child).join(', ')}]`;
    if (key === 'of' || key === 'key' || (key === 'value' && shape.type === 'record'))
      return `${key}: ${child(value as Shape)}`;
    if (key === 'fields') {
      const fields = Object.entries(value as Record<string, Shape>).map(
        ([name, field]) => `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: ${child(field)}`,
      );
      return `fields: { ${fields.join(', ')} }`;
    }
    return `${key}: ${JSON.stringify(value)}`;
  });
  return `{ ${parts.join(', ')} }`;
}
