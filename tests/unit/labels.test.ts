/** The label door and the dictionaries behind it: every code has its words, in both languages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accountSchema } from '../../src/schemas/account.ts';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { classifyMan, MAN_CLASSES } from '../../src/analysis/man.ts';
import { QUADRANTS } from '../../src/analysis/powerInterest.ts';
import { RED_FLAG_CODES, redFlags, type RedFlag } from '../../src/analysis/redFlags.ts';
import { LOCALES, uiDictionary } from '../../src/i18n/ui.ts';
import {
  BUSINESS_ASPECTS,
  CLOSENESS_LEVELS,
  DISC_STYLES,
  INFO_CATEGORIES,
  LAYERS,
  MOTIVE_KINDS,
  RELATIONSHIP_KINDS,
  ROLE_VALUES,
  BODY_KINDS,
  SECTORS,
  SOURCE_METHODS,
  STAGES,
  STEP_STATUSES,
  STRENGTHS,
  SUPPORT_LEVELS,
  TEAM_ROLES,
} from '../../src/schemas/vocabulary.ts';
import { fill } from '../../src/i18n/fill.ts';
import { createLabels, type Labels } from '../../src/i18n/labels.ts';
import { enLabels, smallAccount, zhLabels } from './helpers.ts';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b]/u;

/** Accounts that between them raise every red flag kind in every variant. */
function flagsOfEveryKind(): RedFlag[] {
  const accounts = [
    smallAccount(),
    smallAccount((data) => {
      data.people[0].roles = [];
      data.people[1].roles = ['UB'];
      data.people[2].support = -2;
      data.people[2].lastContact = '2025-01-01';
      for (const person of data.people) person.closeness = 0;
    }),
    smallAccount((data) => {
      data.people[0].support = 0;
      delete data.people[0].lastContact;
      data.people.push({
        id: 'cfo',
        name: '财务处长',
        title: '处长',
        unit: data.people[0].unit,
        roles: ['EB'],
        placeholder: true,
        closeness: 0,
      });
    }),
  ];
  // The relation and history flags, every variant (tests/fixtures/university-account.yaml).
  const university = (change?: (data: Record<string, any>) => void) => {
    const data = parse(readFileSync(new URL('../fixtures/university-account.yaml', import.meta.url), 'utf8'));
    change?.(data);
    return accountSchema.parse(data);
  };
  const sponsor = university((data) =>
    Object.assign(
      data.people.find((p: { id: string }) => p.id === 'fan'),
      { support: 1, power: 4 },
    ),
  );
  const influences = university((data) => (data.relationships[0].kind = 'influences'));
  // Decision bodies and competitor ties, every variant (tests/fixtures/committee-account.yaml).
  const committee = (change?: (data: Record<string, any>) => void) => {
    const data = parse(readFileSync(new URL('../fixtures/committee-account.yaml', import.meta.url), 'utf8'));
    change?.(data);
    return accountSchema.parse(data);
  };
  const bodyOpposed = committee((data) => {
    data.people[0].lastContact = '2026-06-01';
    data.people[1].lastContact = '2026-01-01';
    data.people[2].lastContact = '2026-01-01';
    data.people[0].support = -1;
  });
  return [
    ...accounts.flatMap((account) => redFlags(account)),
    ...[university(), sponsor, influences].flatMap((account) => analyzeAccount(account).flags),
    ...[committee(), bodyOpposed].flatMap((account) => redFlags(account)),
  ];
}

/** Every label of every vocabulary value, through the door. */
function everyValueLabel(labels: Labels): string[] {
  return [
    ...LAYERS.map(labels.layer),
    ...BODY_KINDS.map(labels.bodyKind),
    ...ROLE_VALUES.map(labels.role),
    ...[...SUPPORT_LEVELS, 'unknown' as const].map(labels.support),
    ...CLOSENESS_LEVELS.map(labels.closeness),
    ...DISC_STYLES.map(labels.disc),
    ...MOTIVE_KINDS.map(labels.motive),
    ...RELATIONSHIP_KINDS.flatMap((kind) => [
      labels.relationship(kind),
      labels.relationshipShort(kind),
      labels.relationPattern(kind),
    ]),
    ...STRENGTHS.map(labels.strength),
    ...TEAM_ROLES.map(labels.teamRole),
    ...SECTORS.map(labels.sector),
    ...STAGES.map(labels.stage),
    ...INFO_CATEGORIES.map(labels.infoCategory),
    ...BUSINESS_ASPECTS.map(labels.businessAspect),
    ...SOURCE_METHODS.map(labels.sourceMethod),
    ...STEP_STATUSES.map(labels.stepStatus),
    ...QUADRANTS.flatMap((quadrant) => [
      labels.quadrant(quadrant),
      labels.quadrantTitle(quadrant),
      labels.quadrantAction(quadrant),
    ]),
    ...MAN_CLASSES.flatMap((manClass) => {
      const man = classifyMan({
        money: manClass[0] === 'M' ? 'yes' : 'no',
        authority: manClass[2] === 'A' ? 'yes' : 'no',
        need: manClass[4] === 'N' ? 'yes' : 'no',
      });
      return [labels.manName(man), labels.manStrategy(man)];
    }),
  ];
}

describe('the dictionaries', () => {
  it('give every key the same {slots} in Chinese and English', () => {
    const slots = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');
    const zh = uiDictionary('zh-CN');
    const en = uiDictionary('en');
    const differing = Object.keys(zh).filter(
      (key) => slots(zh[key as keyof typeof zh]) !== slots(en[key as keyof typeof en]),
    );
    expect(differing).toEqual([]);
  });

  it('keep the English UI free of Chinese characters and punctuation', () => {
    expect(Object.entries(uiDictionary('en')).filter(([, value]) => CJK.test(value))).toEqual([]);
  });
});

describe('filling a template', () => {
  it('fills every slot, keeps a slot with no value visible, and takes slot names only from the values given', () => {
    expect(fill('{name}（{title}）', { name: '何静言', title: '总会计师' })).toBe('何静言（总会计师）');
    expect(fill('{name}（{title}）', { name: '何静言' })).toBe('何静言（{title}）');
    expect(fill('共 {count} 人，{count} 人已确认', { count: 3 })).toBe('共 3 人，3 人已确认');
    expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
    expect(fill('没有空位 {not a slot}', { 'not a slot': 'x' })).toBe('没有空位 {not a slot}');
    // The same template again, from its kept parts.
    expect(fill('{name}（{title}）', { name: '<b>', title: '$&' })).toBe('<b>（$&）');
  });
});

describe('the label door', () => {
  it('names every vocabulary value in both languages, English without Chinese', () => {
    for (const locale of LOCALES) {
      const labels = createLabels(uiDictionary(locale));
      for (const label of everyValueLabel(labels)) {
        expect(label).not.toMatch(/^[a-z]+(\.[\w-]+)+$/i); // a key shown for a missing entry
        expect(label).not.toMatch(/\{\w+\}/);
      }
    }
    expect(everyValueLabel(enLabels).filter((label) => CJK.test(label))).toEqual([]);
  });

  it('says every red flag kind, in every variant, with its action and no empty slot', () => {
    const flags = flagsOfEveryKind();
    expect(new Set(flags.map((flag) => flag.code))).toEqual(new Set(RED_FLAG_CODES));
    for (const labels of [zhLabels, enLabels]) {
      for (const flag of flags) {
        for (const text of [labels.redFlag(flag), labels.redFlagAction(flag)]) {
          expect(text).not.toMatch(/^flag\./);
          expect(text).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('words red flags, MAN and roles in Chinese as trainers wrote them', () => {
    const flag = redFlags(smallAccount()).find((candidate) => candidate.code === 'eb-not-contacted')!;
    expect(zhLabels.redFlag(flag)).toBe('决策者周院长已 121 天没有接触。');
    expect(enLabels.redFlag(flag)).toBe('No contact with the economic buyer 周院长 for 121 days.');
    const incomplete = classifyMan({ money: 'yes', authority: 'unknown', need: 'unknown' });
    expect(zhLabels.manStrategy(incomplete)).toBe('先补齐决策力、需求度的判断，再决定接触策略。');
    expect(enLabels.manStrategy(incomplete)).toBe('Assess authority, need first, then decide how to approach them.');
    expect(zhLabels.role('EB')).toBe('EB 决策者');
    expect(zhLabels.support(2)).toBe('+2 支持者（拥护者）');
    expect(enLabels.support(-1)).toBe('-1 not supportive');
  });

  it('marks a placeholder in the UI language', () => {
    const person = { name: '财务处长', placeholder: true };
    expect(zhLabels.personName(person)).toBe('财务处长（待确认）');
    expect(enLabels.personName(person)).toBe('财务处长 (to be confirmed)');
  });

  it('does not mark a placeholder twice when its name already says it is unconfirmed', () => {
    expect(zhLabels.personName({ name: '待确认（评标专家）', placeholder: true })).toBe('待确认（评标专家）');
    expect(enLabels.personName({ name: 'Tender expert (to be confirmed)', placeholder: true })).toBe(
      'Tender expert (to be confirmed)',
    );
    expect(zhLabels.personName({ name: '待确认（评标专家）', placeholder: false })).toBe('待确认（评标专家）');
  });

  it('describes snapshot changes with names and labels', () => {
    const analysis = analyzeAccount(smallAccount());
    const nameOf = (id: string) => analysis.model.personById.get(id)?.name ?? id;
    expect(zhLabels.snapshotChange({ type: 'support', person: 'dean', from: 0, to: 1 }, nameOf)).toBe(
      '周院长 支持度：0 中立 → +1 支持',
    );
    expect(enLabels.snapshotChange({ type: 'reports-to', person: 'dean', to: 'pharm-head' }, nameOf)).toMatch(
      /^周院长 reports to: nobody → /,
    );
  });
});
