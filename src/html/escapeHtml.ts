/** Text made safe to place in HTML, as an element's content or an attribute's quoted value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
