/**
 * JSON for a `<script type="application/json">` element, the one way every page embeds data for
 * its browser script (maps, worksheets, facilitator mode). Authors' and trainers' text may hold
 * `</script>` or `<!--`, which would end or break the element: `<`, `>` and `&` become
 * \u-sequences, as do U+2028/U+2029, which old JavaScript parsers read as line ends.
 * JSON.parse reads every one of them back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
