/**
 * The detail panel's text as a page embeds it: every label, and every value that several people
 * share (the quadrant's advice, the MAN class's strategy, a unit, a DISC style), is written once
 * and the rows point to it, instead of once per person. The browser unpacks one person's rows
 * when a reader selects them. Its own module, so the frame script's unpacking does not bring
 * the build's panel text builder (./personDetails.ts) along.
 */
import type { PersonDetail } from './personDetails.ts';

/** The panel text of an account as a page embeds it. */
export interface PanelText {
  /** Every label, and every value more than one person has, once each. */
  texts: string[];
  /**
   * Each person's rows as [label, value]: the label an index into `texts`; the value an index
   * into `texts` too, or the text itself when nobody else has it.
   */
  people: Record<string, { name: string; rows: [number, number | string][] }>;
}

/** Packs the panel text of every person, each shared text once (see PanelText). */
export function panelText(details: Record<string, PersonDetail>): PanelText {
  const seen = new Map<string, number>();
  for (const { rows } of Object.values(details))
    for (const [, value] of rows) seen.set(value, (seen.get(value) ?? 0) + 1);
  const texts: string[] = [];
  const indexOf = new Map<string, number>();
  const shared = (text: string) => {
    let index = indexOf.get(text);
    if (index === undefined) {
      index = texts.push(text) - 1;
      indexOf.set(text, index);
    }
    return index;
  };
  const people = Object.fromEntries(
    Object.entries(details).map(([id, { name, rows }]) => [
      id,
      {
        name,
        rows: rows.map(([label, value]): [number, number | string] => [
          shared(label),
          (seen.get(value) ?? 0) > 1 ? shared(value) : value,
        ]),
      },
    ]),
  );
  return { texts, people };
}

/** One person's rows from packed panel text, as label/value pairs; undefined for someone not in it. */
export function panelRows(panel: PanelText, id: string): [string, string][] | undefined {
  const text = (entry: number | string) => (typeof entry === 'number' ? (panel.texts[entry] ?? '') : entry);
  return panel.people[id]?.rows.map(([label, value]) => [text(label), text(value)]);
}
