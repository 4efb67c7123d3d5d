/**
 * The one table of Chinese words for vocabulary codes, which validation suggests from and the
 * spreadsheet import reads: each word means one code, and every label the site shows reads back.
 */
import { describe, expect, it } from 'vitest';
import { zh as vocabularyLabels } from '../../src/i18n/strings/vocabulary.ts';
import { codeForWord, VOCABULARY_WORDS, vocabularyOf, type Vocabulary } from '../../src/i18n/vocabularyWords.ts';
import { BUYING_ROLES, LAYERS, ROLE_VALUES, STRENGTHS, SUPPORT_LEVELS } from '../../src/schemas/vocabulary.ts';

describe('Chinese words for vocabulary codes', () => {
  it('reads the words trainers write as the code they mean', () => {
    expect(
      (
        [
          ['support', '支持'],
          ['support', '反对者'],
          ['support', '支持者'],
          ['support', '态度未知'],
          ['triState', '是'],
          ['triState', '否'],
          ['role', '决策者'],
          ['role', '内线'],
          ['layer', '决策层'],
          ['layer', '支持部门'],
          ['sector', '事业单位'],
          ['stage', '需求分析'],
          ['closeness', '信任'],
          ['strength', '强'],
          ['relationshipKind', '提携'],
          ['disc', '支配型'],
          ['pronoun', '她'],
          ['teamRole', '客户经理'],
        ] as [Vocabulary, string][]
      ).map(([vocabulary, word]) => `${vocabulary} ${word} → ${codeForWord(vocabulary, ` ${word} `)}`),
    ).toMatchInlineSnapshot(`
      [
        "support 支持 → 1",
        "support 反对者 → -2",
        "support 支持者 → 2",
        "support 态度未知 → unknown",
        "triState 是 → yes",
        "triState 否 → no",
        "role 决策者 → EB",
        "role 内线 → Coach",
        "layer 决策层 → decision",
        "layer 支持部门 → support",
        "sector 事业单位 → public-institution",
        "stage 需求分析 → needs-analysis",
        "closeness 信任 → 4",
        "strength 强 → 3",
        "relationshipKind 提携 → mentor",
        "disc 支配型 → D",
        "pronoun 她 → she",
        "teamRole 客户经理 → account-manager",
      ]
    `);
  });

  it('gives no code for a word it does not know, or one of another vocabulary', () => {
    expect(codeForWord('support', '很支持')).toBeUndefined();
    expect(codeForWord('buyingRole', '未知')).toBeUndefined();
    expect(codeForWord('strength', '支持')).toBeUndefined();
  });

  it('maps every label the site shows back to its code, and every word to a code of its vocabulary', () => {
    const labels = vocabularyLabels as Record<string, string>;
    for (const [name, { codes, words }] of Object.entries(VOCABULARY_WORDS)) {
      for (const code of words.values()) expect(codes, name).toContain(code);
      const prefix = { relationshipKind: 'relationship', buyingRole: 'role' }[name] ?? name;
      for (const code of codes) {
        const label = labels[`${prefix}.${code}`];
        if (label) expect(codeForWord(name as Vocabulary, label.split(/[（(/／]/)[0]!), `${name} ${label}`).toBe(code);
      }
    }
  });

  it('finds the vocabulary of a field by the values its schema allows', () => {
    expect(vocabularyOf([...SUPPORT_LEVELS, 'unknown'])).toBe('support');
    expect(vocabularyOf(ROLE_VALUES)).toBe('role');
    expect(vocabularyOf(BUYING_ROLES)).toBe('buyingRole');
    expect(vocabularyOf([...LAYERS].reverse())).toBe('layer');
    expect(vocabularyOf(STRENGTHS)).toBe('strength');
    expect(vocabularyOf(['a', 'b'])).toBeUndefined();
  });
});
