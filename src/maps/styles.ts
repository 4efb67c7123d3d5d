/**
 * How maps encode attributes. Colour is never the only signal: support also shows as an icon
 * and a label, closeness as border width and a label, relation kinds as line patterns and
 * edge labels.
 */
import type { Person, Support } from '../schemas/account.ts';
import type { ClosenessLevel, RelationshipKind } from '../schemas/vocabulary.ts';
import type { Labels } from '../i18n/labels.ts';

export const SUPPORT_KEYS = ['-2', '-1', '0', '1', '2', 'unknown'] as const;
export type SupportKey = (typeof SUPPORT_KEYS)[number];

export const supportKey = (support: Support): SupportKey => String(support) as SupportKey;

/** Fill and border colours: dark text on light fills keeps contrast above 4.5:1. */
export const SUPPORT_STYLE: Record<SupportKey, { fill: string; stroke: string; icon: string }> = {
  '-2': { fill: '#f6c9c4', stroke: '#a3231d', icon: '▼▼' },
  '-1': { fill: '#fbe4d8', stroke: '#b5541c', icon: '▼' },
  '0': { fill: '#e8ebf0', stroke: '#5a6577', icon: '●' },
  '1': { fill: '#dcf1e3', stroke: '#2e7d4a', icon: '▲' },
  '2': { fill: '#a9dcb9', stroke: '#1c6b3a', icon: '★' },
  unknown: { fill: '#ffffff', stroke: '#6b5b95', icon: '？' },
};

/** Marks a seat on a decision body in a person's box (a shape the map font draws, one em wide). */
export const BODY_ICON = '◆';

export const CLOSENESS_WIDTH: Record<ClosenessLevel, number> = { 0: 1, 1: 1.5, 2: 2.5, 3: 3.5, 4: 5 };

export const supportLine = (support: Support, labels: Labels) =>
  `${SUPPORT_STYLE[supportKey(support)].icon} ${labels.support(support)}`;

/** One class per support × closeness pair, so each node carries exactly one class. */
export const personClass = (person: Pick<Person, 'support' | 'closeness'>) =>
  `s${supportKey(person.support).replace('-', 'm')}c${person.closeness}`;

export function personClassDefs(people: readonly Pick<Person, 'support' | 'closeness'>[]): string[] {
  const seen = new Map<string, Pick<Person, 'support' | 'closeness'>>();
  for (const person of people) seen.set(personClass(person), person);
  return [...seen].map(([name, person]) => {
    const style = SUPPORT_STYLE[supportKey(person.support)];
    const dash = person.support === 'unknown' ? ',stroke-dasharray:6 3' : '';
    return `classDef ${name} fill:${style.fill},stroke:${style.stroke},stroke-width:${CLOSENESS_WIDTH[person.closeness]}px,color:#1d2433${dash}`;
  });
}

/** Line pattern, arrow and width per relation kind (the pattern's words: `relationPattern.<kind>`). */
export const RELATION_STYLE: Record<
  RelationshipKind,
  { arrow: string; mutualArrow: string; color: string; dash?: string }
> = {
  influences: { arrow: '-->', mutualArrow: '<-->', color: '#1f4fa8' },
  ally: { arrow: '-->', mutualArrow: '<-->', color: '#1c6b3a', dash: '12 4' },
  rival: { arrow: '--x', mutualArrow: 'x--x', color: '#a3231d', dash: '4 4' },
  mentor: { arrow: '-->', mutualArrow: '<-->', color: '#6b3fa0', dash: '12 4 2 4' },
  informal: { arrow: '-.->', mutualArrow: '<-.->', color: '#5a6577' },
  'external-pressure': { arrow: '==>', mutualArrow: '<==>', color: '#7a4d00' },
};

export const STRENGTH_WIDTH: Record<1 | 2 | 3, number> = { 1: 1.2, 2: 2.4, 3: 4 };

/** Highlighted (changed) people: a thick dark outline plus a text tag in the label. */
export const HIGHLIGHT_CLASS_DEF = 'classDef changed stroke:#111111,stroke-width:5px';
export const PLACEHOLDER_CLASS_DEF =
  'classDef placeholder fill:#ffffff,stroke:#4a5568,stroke-width:2px,stroke-dasharray:3 3,color:#1d2433';

/** The closing lines of every person diagram: the class definitions, then who changed at the date. */
export function personStyleLines(
  people: readonly Pick<Person, 'support' | 'closeness'>[],
  extraClassDefs: readonly string[],
  changed: readonly string[],
): string[] {
  const classDefs = [...personClassDefs(people), PLACEHOLDER_CLASS_DEF, ...extraClassDefs, HIGHLIGHT_CLASS_DEF];
  return [
    ...classDefs.map((line) => `  ${line}`),
    ...(changed.length > 0 ? [`  class ${changed.join(',')} changed`] : []),
  ];
}
