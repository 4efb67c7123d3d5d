/**
 * MAN classification: Money (购买力), Authority (决策力), Need (需求度). Capital letter = has it,
 * lower case = does not, giving eight classes, each with its contact strategy (the class names
 * and strategies are in the dictionaries: `man.class.<class>`, `man.strategy.<class>`).
 */
import type { Person } from '../schemas/account.ts';
import type { TriState } from '../schemas/vocabulary.ts';

export const MAN_CLASSES = ['M-A-N', 'M-A-n', 'M-a-N', 'm-A-N', 'M-a-n', 'm-A-n', 'm-a-N', 'm-a-n'] as const;
export type ManClass = (typeof MAN_CLASSES)[number];

export type ManDimension = 'money' | 'authority' | 'need';
const LETTERS: Record<ManDimension, string> = { money: 'M', authority: 'A', need: 'N' };

export interface ManResult {
  /** The class once all three answers are known. */
  class?: ManClass;
  /** Known letters with `?` for unknowns, e.g. `M-?-N`. */
  code: string;
  unknown: ManDimension[];
}

export function classifyMan(man: { money: TriState; authority: TriState; need: TriState }): ManResult {
  const dimensions: ManDimension[] = ['money', 'authority', 'need'];
  const unknown = dimensions.filter((dimension) => man[dimension] === 'unknown');
  const code = dimensions
    .map((dimension) => {
      const letter = LETTERS[dimension];
      if (man[dimension] === 'unknown') return '?';
      return man[dimension] === 'yes' ? letter : letter.toLowerCase();
    })
    .join('-');
  if (unknown.length > 0) return { code, unknown };
  return { class: code as ManClass, code, unknown };
}

/** A person's MAN result, or undefined while no MAN profile is recorded. */
export function personMan(person: Person): ManResult | undefined {
  return person.man ? classifyMan(person.man) : undefined;
}
