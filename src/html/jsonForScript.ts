/** What each character that could end or break the element becomes. */
const SCRIPT_SAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

const scriptSafe = (json: string) => json.replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_SAFE[character]!);

/**
 * A frozen object's JSON, made once: pages share frozen parts (the UI strings a worksheet's
 * script needs, about 20 KB, embedded in every worksheet page), which never change. Only a
 * frozen plain object of plain values is kept: one holding objects could see them change.
 */
const frozenJson = new WeakMap<object, string>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

const isKeptWhole = (value: unknown): value is Record<string, unknown> =>
  isPlainObject(value) &&
  Object.isFrozen(value) &&
  Object.values(value).every((field) => field === null || typeof field !== 'object');

/** The script-safe JSON of `value`, or undefined where JSON.stringify writes nothing. */
function safeJson(value: unknown): string | undefined {
  if (isPlainObject(value) && frozenJson.has(value)) return frozenJson.get(value);
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) return undefined;
  const safe = scriptSafe(json);
  if (isKeptWhole(value)) frozenJson.set(value, safe);
  return safe;
}

/**
 * JSON for a `<script type="application/json">` element, the one way every page embeds data for
 * its browser script (maps, worksheets, facilitator mode). Authors' and trainers' text may hold
 * `</script>` or `<!--`, which would end or break the element: `<`, `>` and `&` become
 * \u-sequences, as do U+2028/U+2029, which old JavaScript parsers read as line ends.
 * JSON.parse reads every one of them back unchanged.
 */
export function jsonForScript(value: unknown): string {
  if (!isPlainObject(value) || Object.isFrozen(value) || typeof value.toJSON === 'function') {
    return safeJson(value) ?? 'null';
  }
  // A page's own object around shared parts: field by field, as JSON.stringify writes them (only
  // this level: below it, one native JSON.stringify is quicker).
  const fields: string[] = [];
  for (const key of Object.keys(value)) {
    const json = safeJson(value[key]);
    if (json !== undefined) fields.push(`${scriptSafe(JSON.stringify(key))}:${json}`);
  }
  return `{${fields.join(',')}}`;
}
