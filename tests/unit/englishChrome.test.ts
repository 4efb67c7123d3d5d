/**
 * The English UI: a `UI_LOCALE=en` build of the trainer edition (the one with every page type
 * and feature) shows Chinese only where a case file, chapter, glossary or agenda wrote it. It
 * builds the fixture site (tests/fixtures/site: every page type, two accounts with every part of
 * an account page), not the samples, so trainers' edits never break it and it builds in seconds.
 * The checker's own rules are tried first on small pieces of page text.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiDictionary } from '../../src/i18n/ui.ts';
import {
  chromeLeaks,
  chromeLeftIn,
  chromePhrases,
  contentTextOf,
  pageTexts,
  type ContentText,
} from '../../scripts/quality/chromeLanguage.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtureSite = join(root, 'tests/fixtures/site');
const zhPhrases = chromePhrases(uiDictionary('zh-CN'));

function contentOf(...values: string[]): ContentText {
  const sorted = [...values].sort((a, b) => b.length - a.length);
  return { values: sorted, corpus: sorted.join('\n') };
}

describe('telling chrome from content', () => {
  const content = contentOf('滨江市第一人民医院', '药剂科主任', '客户的决策层负责审批预算。');

  it('accepts case content inside English chrome', () => {
    expect(chromeLeftIn('Contact: 药剂科主任 (滨江市第一人民医院)', content, zhPhrases)).toEqual([]);
  });

  it('accepts a piece of chapter text cut out by inline markup', () => {
    expect(chromeLeftIn('负责审批预算', content, zhPhrases)).toEqual([]);
  });

  it('accepts content cut short with an ellipsis', () => {
    expect(chromeLeftIn('▲ 药剂科 (客户的决策层负责…', content, zhPhrases)).toEqual([]);
  });

  it('catches Chinese chrome that no content wrote', () => {
    expect(chromeLeftIn('Next step: 建议：药剂科主任', content, zhPhrases)).toEqual(['建议：']);
    expect(chromeLeftIn('Alice（Head of IT）', content, zhPhrases)).toEqual(['（', '）']);
  });

  it('catches a Chinese label even where a chapter uses the same word', () => {
    expect(chromeLeftIn('决策层', content, zhPhrases)).toEqual(['决策层']);
  });

  it('reads text nodes, attributes and JSON data islands, never scripts', () => {
    const html =
      '<p title="标题">正文 &amp; more</p><script>const x = "脚本";</script>' +
      '<script type="application/json">{"a":["数据"]}</script><!-- 注释 -->';
    expect(pageTexts(html).sort()).toEqual(['数据', '标题', '正文 & more'].sort());
  });
});

describe('the English UI build', () => {
  const outDir = 'tmp/dist-en-chrome';

  beforeAll(() => {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        UI_LOCALE: 'en',
        EDITION: 'trainer',
        KAM_CONTENT_ROOT: fixtureSite,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  }, 600_000);

  afterAll(() => rmSync(`${root}/${outDir}`, { recursive: true, force: true }));

  it('has no CJK in any page chrome: headers, buttons, legends, table heads, flags, map labels', () => {
    const leaks = chromeLeaks(`${root}/${outDir}`, contentTextOf(fixtureSite), zhPhrases);
    expect(leaks.map((leak) => `${leak.file}: ${leak.leftover.join(' ')} in “${leak.text}”`)).toEqual([]);
  }, 120_000);
});
