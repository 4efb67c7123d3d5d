/**
 * The quick reading of a YAML text: js-yaml, about ten times faster than `yaml`'s Document (a
 * cold build of 50 case files spent a second there), with `yaml`'s YAML 1.2 core schema, so
 * both give the same data: dates, `yes` and `no` stay text, `0o17` and `0x1f` are numbers,
 * `0b1` and `1_000` are text.
 *
 * It reads only what the two libraries read alike. A text that uses anchors, aliases, tags,
 * directives, keys that are lists, maps or null, lists or fields nested deeper than
 * MAX_NESTING, or a line of 1,024 characters and more (where `yaml` limits keys), and a text
 * js-yaml finds anything wrong with
 * (a syntax error, a duplicate key, a warning), gets `undefined`: the caller reads it with
 * `yaml`, whose Document locates every problem (src/validation/yamlSource.ts).
 * tests/unit/plainYaml.test.ts holds both readers to the same data and problems.
 *
 * Node only (`readYamlQuickly` installs it): the browser reads with `yaml` alone, so its
 * own-account import does not ship a second YAML parser.
 */
import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import { MAX_NESTING, useQuickYamlReader } from './yamlSource.ts';

/** `yaml`'s core schema tests (yaml/dist/schema/core), one js-yaml type per tag. */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** FLOAT without the exponent also matches integers, which INT takes first (as in `yaml`). */
const isFloat = (text: string) => FLOAT_NAN.test(text) || (FLOAT.test(text) && !INT.test(text));
/**
 * Whether `text` may be a null, boolean or number at all, by its first character: most values
 * of a case file are names and notes, which then skip the four tests above.
 */
const CORE_FIRST = new Set('~nNtTfF+-.0123456789');
const mayBeCore = (text: string | null): text is string => text !== null && (text === '' || CORE_FIRST.has(text[0]!));

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string | null) => text === null || (mayBeCore(text) && NULL.test(text)),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string | null) => mayBeCore(text) && BOOL.test(text),
      construct: (text: string) => text[0] === 't' || text[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string | null) => mayBeCore(text) && (INT_OCT.test(text) || INT.test(text) || INT_HEX.test(text)),
      construct: (text: string) =>
        INT_OCT.test(text)
          ? parseInt(text.slice(2), 8)
          : INT_HEX.test(text)
            ? parseInt(text.slice(2), 16)
            : parseInt(text, 10),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string | null) => mayBeCore(text) && isFloat(text),
      construct: (text: string) =>
        FLOAT_NAN.test(text)
          ? text.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : text.startsWith('-')
              ? -Infinity
              : Infinity
          : parseFloat(text),
    }),
  ],
});

/**
 * What `yaml` reads otherwise than js-yaml, or refuses where js-yaml reads on: a node property or
 * reserved indicator where a token may start (`&a`, `*a`, `!tag`, `? key`, `%YAML`, `@`, a
 * backtick), a list or map used as a key (`[a]: b`, or a list or map that starts a flow entry:
 * in a flow map an entry without a value is a key, `{x: 1, [a]}`), a comment touching a quote or bracket
 * (`"x"#c`), an empty list entry (a line of just `-`, perhaps with a comment: js-yaml adds the
 * next entry of an outer list to it) and a list that starts on its parent's line (`- - a`), a
 * backslash that ends a line (an escaped line break, folded otherwise), a tab in a
 * line's indentation (even in a block of text), a carriage return that ends no line. Matching inside a string as well is on
 * purpose: such a text simply takes the slower road.
 */
const UNSHARED_FEATURE =
  /(?:^|[\s[{,])[&*!?%@`]|[\]}]\s*:(?:[\s,\]}]|$)|[{,]\s*[[{]|["'\]}]#|(?:^|\n)[ \t]*-[ \t]*(?:#[^\n]*)?(?:\r?\n|$)|(?:^|\n)[ \t]*-[ \t]+-(?:\s|$)|\\\r?\n|(?:^|\n) *\t|\r(?!\n)/;

/** `yaml` refuses an implicit key that ends over 1024 characters into its line; js-yaml does not. */
const KEY_LENGTH_LIMIT = 1024;

function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const next = end < 0 ? text.length : end;
    if (next - start >= KEY_LENGTH_LIMIT) return true;
    start = next + 1;
  }
  return false;
}

/**
 * Data only `yaml` reads as it should: a null key (js-yaml writes it as "null", `yaml` as ""),
 * or lists and fields nested deeper than MAX_NESTING, which `yaml`'s reading locates and refuses.
 */
function leftToDocument(value: unknown, depth = 1): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > MAX_NESTING) return true;
  if (Array.isArray(value)) return value.some((item) => leftToDocument(item, depth + 1));
  for (const key in value) {
    if (key === 'null' || leftToDocument((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** A located field: the source offset of a field path's value (or key), or undefined. */
export type PlainYamlLocator = (path: readonly PropertyKey[], key: boolean) => number | undefined;

/**
 * One js-yaml reading with its nodes recorded as they close (post-order: where each opened, how
 * deep, its kind and value), cheap enough to keep for every text: the locator is built from
 * them only when a problem needs a place, so a warning does not cost a second reading.
 */
function loadRecorded(text: string) {
  if (UNSHARED_FEATURE.test(text) || hasLongLine(text)) return undefined;
  const opened: number[] = [];
  const records = { offsets: [] as number[], depths: [] as number[], kinds: [] as unknown[], values: [] as unknown[] };
  let warned = false;
  let data: unknown;
  try {
    data = load(text, {
      schema: CORE_SCHEMA,
      onWarning: () => {
        warned = true;
      },
      listener(event, state) {
        if (event === 'open') {
          opened.push(state.position);
          return;
        }
        records.offsets.push(opened.pop()!);
        records.depths.push(opened.length);
        records.kinds.push(state.kind);
        records.values.push(state.result);
      },
    });
  } catch {
    return undefined;
  }
  return { data, warned, records };
}

/** The data of `text` (without BOM) as `yaml` reads it, or undefined when only `yaml` can tell. */
export function readPlainYaml(
  text: string,
): { data: unknown; locator: () => PlainYamlLocator | undefined } | undefined {
  const loaded = loadRecorded(text);
  if (!loaded || loaded.warned || leftToDocument(loaded.data)) return undefined;
  let locator: PlainYamlLocator | undefined | null = null;
  return {
    // An empty text (or only comments): js-yaml gives undefined, `yaml` null.
    data: loaded.data === undefined ? null : loaded.data,
    locator: () => (locator === null ? (locator = locatorOf(text, loaded.records)) : locator),
  };
}

/** A node as the quick reading found it: where its content starts, and its children in order. */
interface PlacedNode {
  start: number;
  /** null: no content at all (`key:` and nothing), which `yaml` places otherwise. */
  kind: 'scalar' | 'sequence' | 'mapping' | null;
  value: unknown;
  /** A sequence's entries; a mapping's keys and values, alternating. */
  children: PlacedNode[];
}

/** The first character of content at or after `offset`: past spaces, line breaks and comments. */
function contentStart(text: string, offset: number): number {
  let at = offset;
  for (;;) {
    const char = text[at];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') at++;
    else if (char === '#' && (at === 0 || /\s/.test(text[at - 1]!))) {
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length : end;
    } else return at;
  }
}

/** Each node's children where they are expected (a flow entry without a value is not). */
function wellFormed(node: PlacedNode): boolean {
  if (node.kind === 'sequence' && node.children.length !== (node.value as unknown[]).length) return false;
  if (node.kind === 'mapping' && node.children.length !== 2 * Object.keys(node.value as object).length) return false;
  return node.children.every(wellFormed);
}

/**
 * Where a field path is in a text the quick reading reads, as the source offset `yaml`'s
 * Document gives (src/validation/yamlSource.ts `offsetOf`): the start of the value, or of the
 * key with `key`, or of the nearest enclosing node the path reaches. Undefined when only `yaml`
 * can tell: the text is not read the quick way, or the path meets a field with no value.
 * Locating a warning this way spares parsing the whole file again with `yaml`.
 */
export function plainYamlLocator(text: string): PlainYamlLocator | undefined {
  const loaded = loadRecorded(text);
  return loaded && locatorOf(text, loaded.records);
}

/** The nodes' tree, rebuilt from the closing order as the reading nested them, and its locator. */
function locatorOf(
  text: string,
  records: NonNullable<ReturnType<typeof loadRecorded>>['records'],
): PlainYamlLocator | undefined {
  /** Children closed so far under the node open at each depth. */
  const pending: PlacedNode[][] = [];
  let root: PlacedNode | undefined;
  records.offsets.forEach((offset, index) => {
    const depth = records.depths[index]!;
    const children = pending[depth + 1] ?? [];
    pending[depth + 1] = [];
    const kind = records.kinds[index] as PlacedNode['kind'];
    const value = records.values[index];
    const only = children.length === 1 ? children[0]! : undefined;
    // js-yaml reads a block entry's content as a possible key first: the same node, twice.
    const node =
      only && only.kind === kind && only.value === value
        ? only
        : { start: contentStart(text, offset), kind, value, children };
    if (depth > 0) (pending[depth] ??= []).push(node);
    else root = node;
  });
  if (!root || root.kind === null || !wellFormed(root)) return undefined;
  const top = root;
  return (path, key) => {
    let node = top;
    let offset = node.start;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index];
      const last = index === path.length - 1;
      let next: PlacedNode | undefined;
      if (node.kind === 'mapping') {
        const at = node.children.findIndex((child, place) => place % 2 === 0 && child.value === segment);
        if (at < 0) return offset;
        if (last && key) return node.children[at]!.start;
        next = node.children[at + 1];
      } else if (node.kind === 'sequence' && typeof segment === 'number') {
        next = node.children[segment];
        if (next === undefined) return offset;
      } else {
        return offset;
      }
      if (!next || next.kind === null) return undefined;
      node = next;
      offset = node.start;
    }
    return offset;
  };
}

/**
 * From now on in this process, `readYamlSource` reads the quick way where it can. Node only: the
 * build, `npm run validate` and the import install it; the browser ships `yaml` alone.
 */
export function readYamlQuickly(): void {
  useQuickYamlReader({ read: readPlainYaml, locator: plainYamlLocator });
}
