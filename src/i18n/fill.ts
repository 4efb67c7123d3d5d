/** Template filling on its own, so browser scripts take it without the dictionaries. */
export type Slots = Readonly<Record<string, string | number>>;

/** Fills `{slot}`s of a template; a slot with no value stays visible, so a gap shows. */
export function fill(template: string, slots: Slots = {}): string {
  // Most labels have no slot, and a build fills labels for every person on every page.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}
