/** What each character that could end or break the element becomes. */
const SCRIPT_SAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/json">` element, the one way every page embeds data for
 * its browser script (maps, worksheets, facilitator mode). Authors' and trainers' text may hold
 * `</script>` or `<!--`, which would end or break the element: `<`, `>` and `&` become
 * \u-sequences, as do U+2028/U+2029, which old JavaScript parsers read as line ends.
 * JSON.parse reads every one of them back unchanged.
 */
export function jsonForScript(value: unknown): string {
  // One pass over the text: every page embeds tens of kilobytes of it.
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_SAFE[character]!);
}
