import { describe, expect, it } from 'vitest';
import { createSearch, excerpt, groupHits, highlight, matchTier } from '../../src/search/engine.ts';
import { pinyinOf } from '../../src/search/pinyin.ts';
import { plainText, sections, withoutTrainerNotes } from '../../src/search/plainText.ts';
import { chapterRecords } from '../../src/search/records.ts';
import { EXPECTED_TOP } from '../fixtures/searchQueries.ts';
import { LINKS, siteRecords } from './searchFixture.ts';

const records = siteRecords();
const search = createSearch(records);

describe('search ranking over the real chapters, accounts, people and glossary', () => {
  it.each(EXPECTED_TOP)('"%s" puts %s first', (query, url) => {
    expect(search(query)[0]?.record.url).toBe(url);
  });

  it('finds a chapter heading for a phrase that only a section uses', () => {
    const hits = search('四种采购角色');
    expect(hits[0]?.record).toMatchObject({
      kind: 'chapter',
      title: '四种采购角色',
      context: '采购角色与政企采购决策过程',
    });
  });

  it('finds people by name, title, role and account', () => {
    const person = records.find((record) => record.kind === 'person')!;
    expect(search(person.title)[0]?.record.url).toBe(person.url);
    expect(person.context).toMatch(/ · /);
    const ebPeople = search('EB', 50).filter((hit) => hit.record.kind === 'person');
    expect(ebPeople.length).toBeGreaterThan(0);
  });

  it('still finds a term through a one-letter typo, when nothing contains the query as typed', () => {
    expect(search('信任金子塔')[0]?.record.url).toBe('/glossary/#term-trust-pyramid');
    expect(search('champoin')[0]?.record.url).toBe('/glossary/#term-coach');
    expect(search('ecnomic buyer')[0]?.record.url).toBe('/glossary/#term-eb');
  });

  it('returns nothing, without throwing, for an empty or unknown query', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(search('zzqqxxjj')).toEqual([]);
  });

  it('groups hits by kind with the group of the best hit first', () => {
    const groups = groupHits(search('决策者'));
    expect(groups[0]!.kind).toBe('term');
    expect(new Set(groups.map((group) => group.kind)).size).toBe(groups.length);
  });
});

describe('search records and editions', () => {
  it('leaves trainer notes out of the trainee index and keeps them in the trainer index', () => {
    // Chapter 1's reference answers (a trainer-only block near the start of its exercise section).
    const phrase = '练习对的是学员自己的客户';
    expect(JSON.stringify(records)).not.toContain(phrase);
    expect(JSON.stringify(records)).not.toContain('关键讨论');
    expect(JSON.stringify(siteRecords('trainer'))).toContain(phrase);
  });

  it('indexes people as the account stands on its date: someone who left is not found', () => {
    expect(records.some((record) => record.url.endsWith('#person-ndrc-official'))).toBe(false);
  });

  it('leaves internal accounts and their people out of the trainee index', () => {
    expect(records.some((record) => record.url.includes('/accounts/city-bank/'))).toBe(false);
    expect(siteRecords('trainer').some((record) => record.url.includes('/accounts/city-bank/'))).toBe(true);
  });

  it('links each heading to the anchor the MDX compiler gave it', () => {
    const [intro, section] = chapterRecords(
      {
        id: '99-test',
        data: { title: '测试章', summary: '摘要', keyPoints: ['要点'] },
        body: '开头\n\n## 关于 <Term id="eb">决策者</Term>\n\n正文',
        headings: [{ depth: 2, slug: 'about-eb', text: '关于 决策者' }],
      },
      LINKS,
      false,
    );
    expect(intro!.url).toBe('/chapters/99-test/');
    expect(section).toMatchObject({ title: '关于 决策者', url: '/chapters/99-test/#about-eb', text: '正文' });
  });
});

describe('search text helpers', () => {
  it('spells Chinese names in pinyin and initials', () => {
    expect(pinyinOf(['信任金字塔', 'EB'])).toEqual({ pinyin: ['xinrenjinzita'], initials: ['xrjzt'] });
    // Readings that depend on the word: the initials follow the reading chosen for the full spelling.
    expect(pinyinOf(['重庆银行行长', '总会计师（分管财务）', 'A组长'])).toEqual({
      pinyin: ['chongqingyinhanghangzhang', 'zongkuaijishifenguancaiwu', 'zuzhang'],
      initials: ['cqyhhz', 'zkjsfgcw', 'zz'],
    });
  });

  it('strips MDX markup and trainer notes', () => {
    const mdx = '**要点**：<Term id="eb">决策者</Term>\n\n<TrainerNotes>\n秘密\n</TrainerNotes>\n| a | b |\n|---|---|';
    expect(plainText(withoutTrainerNotes(mdx))).toBe('要点：决策者 a b');
    expect(sections('前言\n## 一\n甲\n### 二\n乙').map((section) => section.heading)).toEqual(['', '一', '二']);
  });

  it('ranks a name that is the query above one that contains it', () => {
    const term = records.find((record) => record.title === '决策者')!;
    expect(matchTier(term, '决策者')).toBe(0);
    expect(matchTier(term, '决策')).toBe(1);
  });

  it('highlights the whole query, or runs of its Chinese characters when it is not there as written', () => {
    expect(highlight('信任金字塔', '金字塔')).toEqual([
      { text: '信任', match: false },
      { text: '金字塔', match: true },
    ]);
    expect(highlight('Economic Buyer (EB)', 'eb').filter((fragment) => fragment.match)).toEqual([
      { text: 'EB', match: true },
    ]);
    const marked = (text: string, query: string) =>
      highlight(text, query)
        .filter((fragment) => fragment.match)
        .map((fragment) => fragment.text);
    expect(marked('信任金字塔', '信任金子塔')).toEqual(['信任金']);
    expect(marked('把关者', '决策者')).toEqual([]);
    expect(highlight('<script>', 'script')).toEqual([
      { text: '<', match: false },
      { text: 'script', match: true },
      { text: '>', match: false },
    ]);
  });

  it('cuts an excerpt around the first match', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`;
    const cut = excerpt(text, '目标', 20);
    expect(cut).toContain('目标');
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
  });
});
