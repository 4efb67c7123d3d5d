/**
 * Text for HTML or SVG markup built as a string outside Astro's templates (text content and quoted attribute values):
 * the five characters that could end a text or an attribute become entities. Browser scripts
 * that build elements use textContent instead (src/client/dom.ts); mermaid text has its own
 * escaping in src/maps/mermaidText.ts.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
