/** Template filling on its own, so browser scripts take it without the dictionaries. */
export type Slots = Readonly<Record<string, string | number>>;

/**
 * Templates split once at their slots: a build fills the same few hundred labels for every
 * person on every page. Even indexes hold text, odd ones slot names.
 */
const splitTemplates = new Map<string, readonly string[]>();
const MOST_TEMPLATES_KEPT = 2000;

function partsOf(template: string): readonly string[] {
  let parts = splitTemplates.get(template);
  if (!parts) {
    if (splitTemplates.size >= MOST_TEMPLATES_KEPT) splitTemplates.clear();
    parts = template.split(/\{(\w+)\}/);
    splitTemplates.set(template, parts);
  }
  return parts;
}

/** Fills `{slot}`s of a template; a slot with no value stays visible, so a gap shows. */
export function fill(template: string, slots: Slots = {}): string {
  // Most labels have no slot.
  if (!template.includes('{')) return template;
  const parts = partsOf(template);
  let filled = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    filled += (Object.hasOwn(slots, name) ? String(slots[name]) : `{${name}}`) + parts[index + 1]!;
  }
  return filled;
}
