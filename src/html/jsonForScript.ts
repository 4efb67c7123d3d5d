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
 * A frozen value's JSON, made once: pages share frozen parts (the UI strings a worksheet's script
 * needs, about 20 KB, embedded in every worksheet page; the people a worksheet starts with, shared
 * by four of an account's five sheets), which never change. Only what cannot change below it is
 * kept: a frozen plain object of plain values, or a frozen array of plain values and such objects.
 */
const frozenJson = new WeakMap<object, string>();

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

const isPlainValue = (value: unknown) => value === null || typeof value !== 'object';

const isFrozenRecord = (value: unknown): value is Record<string, unknown> =>
  isPlainObject(value) && Object.isFrozen(value) && Object.values(value).every(isPlainValue);

const isKeptWhole = (value: unknown): value is object =>
  isFrozenRecord(value) ||
  (Array.isArray(value) && Object.isFrozen(value) && value.every((item) => isPlainValue(item) || isFrozenRecord(item)));

/** The script-safe JSON of `value`, or undefined where JSON.stringify writes nothing. */
function safeJson(value: unknown): string | undefined {
  const kept = value !== null && typeof value === 'object' ? frozenJson.get(value) : undefined;
  if (kept !== undefined) return kept;
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
