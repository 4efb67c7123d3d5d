/**
 * MAN classification: Money (购买力), Authority (决策力), Need (需求度). Capital letter = has it,
 * lower case = does not, giving eight classes, each with its contact strategy.
 */
import type { Person } from '../schemas/account.ts';
import type { TriState } from '../schemas/vocabulary.ts';

export const MAN_CLASSES = ['M-A-N', 'M-A-n', 'M-a-N', 'm-A-N', 'M-a-n', 'm-A-n', 'm-a-N', 'm-a-n'] as const;
export type ManClass = (typeof MAN_CLASSES)[number];

export const MAN_STRATEGIES: Record<ManClass, { label: string; strategy: string }> = {
  'M-A-N': { label: '理想对象', strategy: '有钱、有权、有需求：全力推进，尽快进入方案和商务阶段。' },
  'M-A-n': {
    label: '需激发需求',
    strategy: '有钱有权但需求不足：用行业案例和场景问题激发需求，配合熟练的顾问式销售。',
  },
  'M-a-N': { label: '需找到决策人', strategy: '有钱有需求但无决策权：可以接触，请其引荐并设法找到真正拍板的人。' },
  'm-A-N': {
    label: '需解决资金',
    strategy: '有权有需求但缺资金：可以接触，了解预算与信用状况，协助争取立项、分期或专项资金。',
  },
  'M-a-n': { label: '长期培养', strategy: '只有购买力：保持接触，长期观察培养，等待需求或权力条件成熟。' },
  'm-A-n': { label: '长期培养', strategy: '只有决策权：保持接触，长期观察培养，从其关心的业务问题入手激发需求。' },
  'm-a-N': { label: '长期培养', strategy: '只有需求：可作为使用者和信息来源维护，争取其向有权有钱者传递需求。' },
  'm-a-n': { label: '非目标对象', strategy: '三者皆无：不作为推进对象，减少投入，仅保持礼节性联系。' },
};

export type ManDimension = 'money' | 'authority' | 'need';
const LETTERS: Record<ManDimension, string> = { money: 'M', authority: 'A', need: 'N' };

export interface ManResult {
  /** The class once all three answers are known. */
  class?: ManClass;
  /** Known letters with `?` for unknowns, e.g. `M-?-N`. */
  code: string;
  unknown: ManDimension[];
  label: string;
  strategy: string;
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
  if (unknown.length > 0) {
    const missing = unknown
      .map((dimension) => ({ money: '购买力', authority: '决策力', need: '需求度' })[dimension])
      .join('、');
    return { code, unknown, label: '信息不全', strategy: `先补齐${missing}的判断，再决定接触策略。` };
  }
  const manClass = code as ManClass;
  return { class: manClass, code, unknown, ...MAN_STRATEGIES[manClass] };
}

/** A person's MAN result, or undefined while no MAN profile is recorded. */
export function personMan(person: Person): ManResult | undefined {
  return person.man ? classifyMan(person.man) : undefined;
}
