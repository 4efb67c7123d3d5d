/**
 * The power–interest grid (Mendelow): where each person sits and what to do about them.
 */
import type { Person } from '../schemas/account.ts';

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_INFO: Record<Quadrant, { zh: string; en: string; action: string }> = {
  'manage-closely': {
    zh: '重点管理',
    en: 'Manage closely',
    action: '高权力、高兴趣：深度参与，定期一对一沟通，让其参与方案共创。',
  },
  'keep-satisfied': {
    zh: '令其满意',
    en: 'Keep satisfied',
    action: '高权力、低兴趣：按其关注点简要汇报，不打扰但不让其意外，设法提升兴趣。',
  },
  'keep-informed': {
    zh: '随时告知',
    en: 'Keep informed',
    action: '低权力、高兴趣：保持信息畅通，争取其成为使用者口碑和内线。',
  },
  monitor: {
    zh: '持续关注',
    en: 'Monitor',
    action: '低权力、低兴趣：少量投入，留意其权力或兴趣的变化。',
  },
};

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
