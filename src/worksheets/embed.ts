/**
 * JSON for a `<script type="application/json">` element. `<`, `>` and `&` are escaped as
 * \u-sequences so no text inside (a name like `</script><script>…`) can end the element early;
 * JSON.parse reads them back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
