import { accountOpportunities } from '../../src/model/opportunities.ts';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { accountSchema, type Account } from '../../src/schemas/account.ts';
import { shiftDatesInText, shiftIsoDate } from '../../src/sanitize/dates.ts';
import { publishDecision } from '../../src/sanitize/gate.ts';
import { bandMoneyInText, moneyBand } from '../../src/sanitize/money.ts';
import { nameForms, splitName } from '../../src/sanitize/names.ts';
import { detectPii, isIdCardNumber, mask, passesLuhn } from '../../src/sanitize/pii.ts';
import { makeRecord } from '../../src/sanitize/record.ts';
import { Replacer } from '../../src/sanitize/replacer.ts';
import { GIVEN_POOLS } from '../../src/sanitize/pseudonyms.ts';
import { brandOf, findPlaces, sanitizeCase } from '../../src/sanitize/sanitizeCase.ts';
import { formatHit, parseAllowList, scanText } from '../../src/sanitize/scan.ts';
import { withoutSensitiveMaterial, applyEdition } from '../../src/model/edition.ts';
import { smallAccount, smallAccountData } from './helpers.ts';

const kinds = (text: string, denylist: string[] = []) => detectPii(text, { denylist }).map((match) => match.kind);

describe('PII detectors', () => {
  it('finds mainland mobile numbers, with or without +86 and separators', () => {
    expect(kinds('电话 13812345678')).toEqual(['mobile']);
    expect(kinds('+86 138-1234-5678 找他')).toEqual(['mobile']);
    expect(kinds('床位 1800 张，预算 1200 万元，12345678901')).toEqual([]); // 12… is no mobile prefix
    expect(kinds('坐标 0.13812345678')).toEqual([]); // a decimal in an SVG is no phone
  });
  it('finds landlines with an area code', () => {
    expect(kinds('办公室 010-62345678')).toEqual(['landline']);
    expect(kinds('（0571）87654321 转 8')).toEqual(['landline']);
    expect(kinds('2026-10-15 的会议')).toEqual([]);
  });
  it('finds e-mail addresses', () => {
    expect(kinds('邮箱 wang.jianguo@hospital.com.cn')).toEqual(['email']);
    expect(kinds('用 @ 提到他')).toEqual([]);
  });
  it('finds 18-digit 身份证 numbers only when the checksum and birth date hold', () => {
    expect(isIdCardNumber('11010519491231002X')).toBe(true);
    expect(kinds('身份证 11010519491231002X')).toEqual(['id-card']);
    expect(isIdCardNumber('110105194912310021')).toBe(false); // wrong check character
    expect(isIdCardNumber('110105194913310026')).toBe(false); // month 13
  });
  it('finds bank card numbers only when they pass Luhn', () => {
    expect(passesLuhn('6222020200112233445')).toBe(false);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(kinds('卡号 4111 1111 1111 1111')).toEqual(['bank-card']);
    expect(kinds('订单号 4111111111111112')).toEqual([]);
  });
  it('finds URLs, with or without a scheme', () => {
    expect(kinds('见 https://intranet.example.cn/a?b=1')).toEqual(['url']);
    expect(kinds('官网 www.chengchuan-hospital.com')).toEqual(['url']);
    expect(kinds('官网 chengchuan.gov.cn 有公告')).toEqual(['url']);
    expect(kinds('版本 1.2.3，比例 3.5')).toEqual([]);
    expect(kinds('{"maps.org":"组织结构图","nav.info":"信息"}')).toEqual([]); // dotted keys in built pages
    expect(kinds('见 example.org/cases/1')).toEqual(['url']);
  });
  it('finds WeChat ids written as such, not every word', () => {
    expect(kinds('微信号：wang_jg1975')).toEqual(['wechat']);
    expect(kinds('加 VX: laowang88 聊')).toEqual(['wechat']);
    expect(kinds('微信群里说了')).toEqual([]);
  });
  it('finds vehicle plates', () => {
    expect(kinds('车牌 浙A·12345')).toEqual(['plate']);
    expect(kinds('粤B D12345 新能源')).toEqual(['plate']);
    expect(kinds('川AHIS')).toEqual([]);
  });
  it('finds every denylist entry, Latin ones only as whole words', () => {
    expect(kinds('高维岳说了算', ['高维岳'])).toEqual(['denylist']);
    expect(kinds('Gao Weiyue agreed', ['gao weiyue'])).toEqual(['denylist']);
    expect(kinds('Gaoxin district', ['gao'])).toEqual([]);
  });
  it('masks the sensitive part', () => {
    expect(mask('13812345678')).toBe('13*******78');
    expect(mask('高维岳')).toBe('高*岳');
    expect(mask('祁砚')).toBe('祁*');
  });
});

describe('scan reports', () => {
  it('locates each hit as file:line:col  kind  excerpt, masked', () => {
    const hits = scanText('accounts/x/account.yaml', 'id: x\nnotes: 手机 13812345678，问王主任', {
      denylist: [],
      allow: new Set(),
    });
    expect(hits.map(formatHit)).toEqual(['accounts/x/account.yaml:2:11  手机号  notes: 手机 13*******78，问王主任']);
  });
  it('accepts a false positive listed in scan-allow by exact text, and needs a reason', () => {
    const { allow, problems } = parseAllowList(
      '- { text: "www.example.com", reason: 教材示例网址 }\n- { text: 13800000000 }\n',
      'scan-allow.yaml',
    );
    expect(problems).toEqual(['scan-allow.yaml  [1].text  应为被误报的原文，实际为空']);
    expect(scanText('f', '见 www.example.com', { denylist: [], allow })).toEqual([]);
  });
});

describe('name forms', () => {
  const forms = nameForms(splitName('王建国'), splitName('赵志远'));
  const replacer = new Replacer(forms);
  it.each([
    ['王建国说', '赵志远说'],
    ['王局定了', '赵局定了'],
    ['王局长', '赵局长'],
    ['王主任', '赵主任'],
    ['王院长', '赵院长'],
    ['王书记', '赵书记'],
    ['老王', '老赵'],
    ['小王', '小赵'],
    ['建国同志', '志远同志'],
    ['Wang Jianguo said', 'Zhao Zhiyuan said'],
    ['Jianguo Wang said', 'Zhiyuan Zhao said'],
    ['mail wangjianguo', 'mail zhaozhiyuan'],
    ['Director Wang', 'Director Zhao'],
  ])('%s → %s', (from, to) => {
    expect(replacer.replace(from)).toBe(to);
  });
  it('leaves ordinary words that start like a name form alone', () => {
    const high = new Replacer(nameForms(splitName('高维岳'), splitName('孙启航')));
    expect(high.replace('提高总体水平，高工资，高总说')).toBe('提高总体水平，高工资，孙总说');
  });
  it('splits compound surnames', () => {
    expect(splitName('欧阳明华')).toEqual({ full: '欧阳明华', surname: '欧阳', given: '明华' });
  });
});

describe('date shift and money bands', () => {
  it('shifts ISO dates and keeps intervals', () => {
    expect(shiftIsoDate('2026-03-01', -364)).toBe('2025-03-02');
    expect(shiftIsoDate('2024-02-29', 7)).toBe('2024-03-07');
  });
  it('shifts dates written in free text by the same offset', () => {
    expect(shiftDatesInText('2026 年 3 月 18 日开会，5 月党委会，2027 年上线', -364, 2026)).toBe(
      '2025 年 3 月 19 日开会，5 月党委会，2026 年上线',
    );
    expect(shiftDatesInText('截至 2026-10-15', -7, 2026)).toBe('截至 2026-10-08');
  });
  it('rounds money into bands on the leading digit', () => {
    expect(moneyBand(1200, 1600)).toEqual([1000, 2000]);
    expect(moneyBand(350)).toEqual([300, 400]);
    expect(bandMoneyInText('预算 1200–1600 万元，其中 350 万元已批，超过 1000 万元上党委会')).toBe(
      '预算 1000–2000 万元，其中 300–400 万元已批，超过 1000 万元上党委会',
    );
    expect(bandMoneyInText('年门诊量约 260 万人次')).toBe('年门诊量约 260 万人次');
  });
});

/** The analysis as codes: what must not change when names, dates and money do. */
function analysisCodes(account: Account) {
  const analysis = analyzeAccount(account);
  return {
    staleDays: analysis.staleDays,
    quadrants: analysis.people.map((person) => person.quadrant ?? null),
    man: analysis.people.map((person) => person.man?.code ?? null),
    keys: analysis.people.map((person) => person.key),
    chains: analysis.people.map((person) => person.chain.length),
    coverage: analysis.coverage.map((row) => [
      row.role,
      row.holders.length,
      row.identified,
      row.supportive,
      row.contacted,
      row.owned,
    ]),
    flags: analysis.flags.map((flag) => [flag.code, flag.severity]),
    steps: accountOpportunities(account).flatMap((opportunity) =>
      opportunity.decisionProcess.map((step) => [
        step.roles,
        step.people.length,
        step.bodies.length,
        step.status ?? null,
      ]),
    ),
    bodies: analysis.bodies.map((reach) => [reach.members.length, reach.reached, reach.stance]),
    team: [analysis.team.members.map((member) => member.owns.length), analysis.team.uncoveredKeyPeople.length],
  };
}

const ROOT = join(import.meta.dirname, '..', '..');
const samples = readdirSync(join(ROOT, 'accounts')).filter((name) =>
  existsSync(join(ROOT, 'accounts', name, 'account.yaml')),
);

describe('the sanitized copy analyses the same', () => {
  it.each(samples)('%s and its scenarios', (name) => {
    const folder = join(ROOT, 'accounts', name);
    const original = parse(readFileSync(join(folder, 'account.yaml'), 'utf8'));
    const scenarioDir = join(folder, 'scenarios');
    const scenarios = existsSync(scenarioDir)
      ? readdirSync(scenarioDir).map((file) => ({
          id: file.replace(/\.ya?ml$/, ''),
          data: parse(readFileSync(join(scenarioDir, file), 'utf8')),
        }))
      : [];
    const result = sanitizeCase({ account: original, scenarios, seed: 11 });
    const before = accountSchema.parse(original);
    const after = accountSchema.parse(result.account);
    expect(analysisCodes(after)).toEqual(analysisCodes(before));
    const text = JSON.stringify([result.account, result.scenarios]);
    for (const person of result.mapping.people) expect(text).not.toContain(person.from);
    expect(text).not.toContain(before.name);
    // Scenario links follow the renamed people and team.
    const ids = new Set([...after.people.map((person) => person.id), ...after.team.map((member) => member.id)]);
    for (const scenario of result.scenarios) {
      expect(scenario.data.account).toBe(after.id);
      for (const role of scenario.data.roles as { person?: string; member?: string }[]) {
        if (role.person) expect(ids).toContain(role.person);
        if (role.member) expect(ids).toContain(role.member);
      }
    }
  });

  it('is deterministic for a seed and never reuses an original name', () => {
    const data = parse(readFileSync(join(ROOT, 'accounts', 'city-hospital', 'account.yaml'), 'utf8'));
    const first = sanitizeCase({ account: data, scenarios: [], seed: 3 });
    const again = sanitizeCase({ account: data, scenarios: [], seed: 3 });
    const other = sanitizeCase({ account: data, scenarios: [], seed: 4 });
    expect(again).toEqual(first);
    expect(other.mapping.people).not.toEqual(first.mapping.people);
    const originals = new Set(first.mapping.people.map((person) => person.from));
    for (const person of first.mapping.people) expect(originals.has(person.to)).toBe(false);
    expect(Math.abs(first.mapping.offsetDays % 7)).toBe(0);
  });
});

describe('pseudonyms', () => {
  it('fit the pronoun the case gives a person, so 他 and 她 in the text still match the name', () => {
    const data = smallAccountData();
    data.people[0].pronoun = 'he';
    data.people[1].pronoun = 'she';
    data.people[0].name = '王建国';
    data.people[1].name = '李秀兰';
    for (const seed of [1, 2, 3, 4, 5]) {
      const [he, she] = sanitizeCase({ account: data, scenarios: [], seed }).mapping.people;
      for (const char of [...he!.to].slice(1)) expect([...GIVEN_POOLS.he, ...GIVEN_POOLS.either]).toContain(char);
      for (const char of [...she!.to].slice(1)) expect([...GIVEN_POOLS.she, ...GIVEN_POOLS.either]).toContain(char);
    }
  });
});

describe('publish gate', () => {
  const files = { 'account.yaml': 'id: a\n' };
  const base = { accountId: 'a', confidentiality: 'public', sanitized: true, files, hits: [] };
  it('publishes only what the sanitizer wrote, public, sanitized and clean', () => {
    const record = JSON.stringify(makeRecord(files));
    expect(publishDecision({ ...base, recordText: record })).toMatchObject({
      publishable: true,
      reasons: [],
      edited: [],
    });
    expect(publishDecision(base).reasons).toEqual(['no-record']);
    expect(publishDecision({ ...base, confidentiality: 'internal', sanitized: false }).reasons).toEqual([
      'internal',
      'not-sanitized',
      'no-record',
    ]);
  });
  it('allows a hand edit since sanitizing with a clean scan, and names the file', () => {
    const record = JSON.stringify(makeRecord(files));
    const decision = publishDecision({
      ...base,
      files: { 'account.yaml': 'id: a\nsummary: 改过\n' },
      recordText: record,
    });
    expect(decision).toMatchObject({ publishable: true, edited: ['account.yaml'] });
    const hit = {
      file: 'accounts/a/account.yaml',
      line: 2,
      column: 1,
      kind: 'mobile' as const,
      excerpt: '13*******78',
    };
    expect(publishDecision({ ...base, hits: [hit], recordText: record }).reasons).toEqual(['scan-hits']);
  });
});

describe('sensitive material', () => {
  it('drops a sensitive person with every mention from the trainee and public editions, keeps it for trainers', () => {
    const account = smallAccount((data) => {
      data.people[1].sensitive = true;
      data.people[0].sensitive = ['notes'];
      data.people[0].notes = '私下说过的话';
    });
    const hidden = account.people[1]!.id;
    const [trainee] = applyEdition([account], 'trainee');
    const text = JSON.stringify(trainee);
    expect(trainee!.people.map((person) => person.id)).not.toContain(hidden);
    expect(text).not.toContain(account.people[1]!.name);
    expect(text).not.toContain('私下说过的话');
    expect(trainee!.relationships.some((relation) => relation.from === hidden || relation.to === hidden)).toBe(false);
    expect(trainee!.opportunity!.decisionProcess.flatMap((step) => step.people)).not.toContain(hidden);
    const [trainer] = applyEdition([account], 'trainer');
    expect(trainer!.people.map((person) => person.id)).toContain(hidden);
    expect(analyzeAccount(withoutSensitiveMaterial(account)).people.length).toBe(account.people.length - 1);
  });

  it('moves the reports of a hidden person up to the next manager who is shown', () => {
    const account = smallAccount((data) => {
      data.people[1].sensitive = true; // pharm-head, who reports to the dean
      data.people[2].reportsTo = 'pharm-head';
    });
    const [trainee] = applyEdition([account], 'trainee');
    expect(trainee!.people.find((person) => person.id === 'it-head')?.reportsTo).toBe('dean');
  });

  it('drops facts and relations marked sensitive, with the snapshot changes that record the relation', () => {
    const account = smallAccount((data) => {
      data.relationships[0].sensitive = true;
      data.information = {
        personal: [
          { fact: '院长明年到龄', source: 'asking-around', sensitive: true },
          { fact: '院长重视评级', source: 'key-interview' },
        ],
      };
      data.snapshots[0].changes.push({
        type: 'relationship-appears',
        from: 'inspector',
        to: 'dean',
        kind: 'external-pressure',
      });
    });
    const [trainee] = applyEdition([account], 'trainee');
    expect(trainee!.relationships).toHaveLength(account.relationships.length - 1);
    expect(trainee!.information!.personal.map((item) => item.fact)).toEqual(['院长重视评级']);
    expect(trainee!.snapshots[0]!.changes.map((change) => change.type)).toEqual(['closeness']);
    const [trainer] = applyEdition([account], 'trainer');
    expect(trainer!.information!.personal).toHaveLength(2);
  });
});

describe('organisation, places and brands', () => {
  const data = () => ({
    ...smallAccountData(),
    name: '鹤栖市第一人民医院',
    region: '华东·鹤栖市',
    summary: '鹤栖市一院（市一院）采购药房系统，瀚沐医疗和 Acme Robotics 在竞争，经销商是康衡。',
    opportunity: {
      ...smallAccountData().opportunity,
      competitors: [{ name: '瀚沐医疗科技有限公司' }, { name: 'Acme Robotics Inc.' }],
    },
  });

  it('finds place stems and brand names', () => {
    expect(findPlaces(['华东·鹤栖市（虚构）', '东院区', '全市'])).toEqual(['鹤栖']);
    expect(brandOf('瀚沐医疗科技有限公司')).toBe('瀚沐');
    expect(brandOf('柯瑞斯医疗（外资品牌）')).toBe('柯瑞斯');
    expect(brandOf('Acme Robotics Inc.')).toBe('Acme');
  });

  it('replaces the organisation, its places and competitors everywhere, and marks the region invented', () => {
    const result = sanitizeCase({ account: data(), scenarios: [], seed: 5 });
    const text = JSON.stringify(result.account);
    for (const original of ['鹤栖', '瀚沐', 'Acme']) expect(text).not.toContain(original);
    expect(result.account.region).toMatch(/（虚构）$/);
    expect(result.account.name).toMatch(/^\p{Script=Han}{2}市第一人民医院$/u);
  });

  it('takes short names, aliases, places and brands the tool cannot guess from the --org mapping', () => {
    const result = sanitizeCase({
      account: data(),
      scenarios: [],
      seed: 5,
      org: { name: '云岭市第三人民医院', replace: { 市一院: '市三院', 一院: '三院' }, brands: ['康衡'] },
    });
    expect(result.account.name).toBe('云岭市第三人民医院');
    const summary = String(result.account.summary);
    expect(summary).toContain('市三院');
    expect(summary).toContain('三院');
    expect(summary).not.toContain('康衡');
    expect(result.denylist).toEqual(expect.arrayContaining(['鹤栖市第一人民医院', '市一院', '康衡']));
  });
});
