/**
 * The power–interest grid (Mendelow): where each person sits. The quadrant names and what to do
 * about each are in the dictionaries (`quadrant.<quadrant>`, `quadrant.<quadrant>.action`).
 */
import type { Person } from '../schemas/account.ts';

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Scores run 1–5. The midpoint 3 counts as high: overlooking a middling stakeholder costs more
 * than paying them a little too much attention.
 */
export const HIGH_SCORE = 3;

export function quadrantOf(power: number, interest: number): Quadrant {
  const highPower = power >= HIGH_SCORE;
  const highInterest = interest >= HIGH_SCORE;
  if (highPower) return highInterest ? 'manage-closely' : 'keep-satisfied';
  return highInterest ? 'keep-informed' : 'monitor';
}

/** A person's quadrant, or undefined while power or interest is not assessed. */
export function personQuadrant(person: Person): Quadrant | undefined {
  if (person.power === undefined || person.interest === undefined) return undefined;
  return quadrantOf(person.power, person.interest);
}
