/**
 * The sanitizer: turns a real case (account data and its scenarios, as plain YAML data) into a
 * publishable one. Pure: the CLI (`scripts/sanitize.ts`) reads and writes the files.
 *
 * - people and our team get consistent pseudonyms, every name form in every string replaced;
 * - the organisation, places below province level and competitor brands are replaced;
 * - ids that spell a name in pinyin (sec-gao) follow their person;
 * - every date moves by one offset of whole weeks; money figures become bands;
 * - contact details, URLs and other personal data found in free text are dropped.
 * The structure (who reports to whom, roles, scores, MAN, support, closeness, owners, steps) is
 * untouched, so the analysis of the copy equals the original's.
 */
import { shiftDatesInText, shiftIsoDate, isIsoDate, offsetForSeed } from './dates.ts';
import { bandMoneyInText } from './money.ts';
import { nameForms, pinyinOfPart, splitName, surnameForms, TITLE_SUFFIXES, type SplitName } from './names.ts';
import { detectPii } from './pii.ts';
import { PseudonymGenerator } from './pseudonyms.ts';
import { seededRandom } from '../testing/syntheticAccount.ts';
import { Replacer, type Replacement } from './replacer.ts';

type Data = Record<string, unknown>;

/** What a team adds that the tool cannot guess (`--org mapping.yaml`). */
export interface OrgMapping {
  /** New name for the organisation. */
  name?: string;
  /** More originals and what to write instead: short names, aliases, nicknames. */
  replace?: Record<string, string>;
  /** More place names (below province level) to replace with invented ones. */
  places?: string[];
  /** More brand names (customer, competitors, partners) to replace with invented ones. */
  brands?: string[];
}

export interface SanitizeInput {
  account: Data;
  scenarios: { id: string; data: Data }[];
  newId?: string;
  seed?: number;
  org?: OrgMapping;
}

export interface SanitizeMapping {
  seed: number;
  offsetDays: number;
  account: { from: string; to: string };
  organisation: { from: string; to: string };
  people: { from: string; to: string }[];
  places: { from: string; to: string }[];
  brands: { from: string; to: string }[];
  ids: { from: string; to: string }[];
}

export interface SanitizeResult {
  account: Data;
  scenarios: { id: string; data: Data }[];
  mapping: SanitizeMapping;
  /** Originals the local denylist should hold from now on. */
  denylist: string[];
}

export const REMOVED = '〔已删除〕';
export const DEFAULT_SEED = 1;

/** Keys whose string values are ids of people, units or team members. */
const ID_KEYS = new Set([
  'id',
  'unit',
  'parent',
  'reportsTo',
  'dottedLines',
  'owner',
  'people',
  'about',
  'informant',
  'person',
  'member',
  'from',
  'to',
  'topPeople',
  'members',
  'chair',
  'bodies',
  'competitor',
]);
const DATE_KEYS = new Set(['asOf', 'lastContact', 'date']);
/** Stems that look like places (东院区, 全市) but are ordinary words. */
const NOT_PLACES = new Set([
  '院区',
  '城区',
  '全市',
  '本市',
  '该市',
  '城市',
  '都市',
  '超市',
  '上市',
  '社区',
  '园区',
  '片区',
  '辖区',
  '景区',
  '郊区',
  '市区',
  '地区',
  '省市',
  '东院',
  '西院',
  '南院',
  '北院',
  '新区',
  '老区',
]);
const PLACE = /(\p{Script=Han}{2})(?:市|县|区|州|旗)/gu;
const LEGAL_SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团|公司)$/;
const INDUSTRY_WORDS =
  /(医疗|科技|软件|信息|智能|数据|数智|网络|系统|电子|汽车|银行|制药|药业|器械|自动化|设备|咨询|通信|云|集团|股份|有限|[（(])/u;

/** Place stems named in the region and the organisation: 华东·澄川市 → 澄川. */
export function findPlaces(texts: readonly string[]): string[] {
  const places = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(PLACE)) {
      const stem = match[1]!;
      if (!NOT_PLACES.has(stem) && !/[东西南北本全该各省某]/.test(stem[0]!)) places.add(stem);
    }
  }
  return [...places];
}

/** The distinctive part of a company name: 瀚禾医疗自动化 → 瀚禾, Acme Robotics → Acme. */
export function brandOf(name: string): string | undefined {
  const trimmed = name
    .replace(/[（(].*$/u, '')
    .replace(LEGAL_SUFFIX, '')
    .trim();
  const latin = /^[A-Za-z][A-Za-z&.-]*/.exec(trimmed);
  if (latin) return latin[0].length >= 2 ? latin[0] : undefined;
  const cut = trimmed.search(INDUSTRY_WORDS);
  const brand = cut > 0 ? trimmed.slice(0, cut) : trimmed.slice(0, 2);
  return [...brand].length >= 2 ? brand : undefined;
}

const isCompany = (name: string) => /公司|集团|银行|厂$/.test(name);
const capitalise = (word: string) => (word ? word[0]!.toUpperCase() + word.slice(1) : word);

function asList(value: unknown): Data[] {
  return Array.isArray(value) ? (value.filter((item) => item && typeof item === 'object') as Data[]) : [];
}

/** A name that is really 姓 + 职务 (周院长): its pseudonym keeps the title. */
function titleOnlyGiven(name: SplitName): boolean {
  return TITLE_SUFFIXES.includes(name.given) || /某/.test(name.given);
}

/** When neither a place nor a brand could be found in the name, invent one: 某地 + kind of body. */
function inventedOrgName(original: string, replaced: string, generator: PseudonymGenerator): string {
  if (replaced !== original) return replaced;
  const kind =
    /(医院|卫生院|委员会|局|银行|股份有限公司|有限公司|公司|集团|大学|学院|学校|中心|厂|院|所)$/.exec(original)?.[1] ??
    '单位';
  return `${generator.place()}${kind}`;
}

export function sanitizeCase(input: SanitizeInput): SanitizeResult {
  const seed = input.seed ?? DEFAULT_SEED;
  const random = seededRandom(seed);
  const account = input.account;
  const originalId = String(account.id ?? 'account');
  const orgName = String(account.name ?? '');

  const persons = [...asList(account.people).filter((person) => person.placeholder !== true), ...asList(account.team)];
  const originalNames = persons.map((person) => splitName(String(person.name ?? ''))).filter((name) => name.full);
  const pronounOf = new Map(
    persons.flatMap((person) =>
      person.pronoun === 'he' || person.pronoun === 'she'
        ? [[String(person.name).trim(), person.pronoun] as const]
        : [],
    ),
  );
  const externalUnits = asList(account.units).map((unit) => String(unit.name ?? ''));
  const places = [
    ...new Set([
      ...findPlaces([String(account.region ?? ''), orgName, ...externalUnits]),
      ...(input.org?.places ?? []),
    ]),
  ];
  const opportunities = [account.opportunity as Data | undefined, ...asList(account.opportunities)];
  const competitors = opportunities.flatMap((opportunity) =>
    asList(opportunity?.competitors).map((item) => String(item.name ?? '')),
  );
  const withoutPlace = places.reduce((name, place) => name.replace(place, ''), orgName).replace(/^[市县区州]/, '');
  const brands = [
    ...new Set(
      [
        ...(isCompany(orgName) ? [brandOf(withoutPlace)] : []),
        ...competitors.map(brandOf),
        // Partners and suppliers named as external units (经销商 X 有限公司) are brands too.
        ...externalUnits
          .filter(isCompany)
          .map((name) => brandOf(places.reduce((text, place) => text.replace(place, ''), name))),
        ...(input.org?.brands ?? []),
      ].filter((brand): brand is string => Boolean(brand)),
    ),
  ];

  const generator = new PseudonymGenerator(random, { names: originalNames, places, brands });
  const offsetDays = offsetForSeed(random);

  const replacements: Replacement[] = [];
  const idTokens = new Map<string, string>();
  const people: SanitizeMapping['people'] = [];
  const pseudonymOf = new Map<string, SplitName>();
  const surnamesDone = new Set<string>();
  for (const original of originalNames) {
    if (pseudonymOf.has(original.full)) continue;
    let pseudonym: SplitName;
    if (titleOnlyGiven(original)) {
      const surname = generator.surnameFor(original.surname);
      pseudonym = { full: surname + original.given, surname, given: original.given };
      replacements.push({ from: original.full, to: pseudonym.full });
      if (!surnamesDone.has(original.surname)) replacements.push(...surnameForms(original.surname, surname));
      surnamesDone.add(original.surname);
    } else {
      pseudonym = generator.person(original, pronounOf.get(original.full));
      replacements.push(...nameForms(original, pseudonym, !surnamesDone.has(original.surname)));
      surnamesDone.add(original.surname);
      const given = pinyinOfPart(original.given);
      if (given.length >= 4) idTokens.set(given, pinyinOfPart(pseudonym.given));
    }
    pseudonymOf.set(original.full, pseudonym);
    people.push({ from: original.full, to: pseudonym.full });
    if (original.surname) idTokens.set(pinyinOfPart(original.surname, true), pinyinOfPart(pseudonym.surname, true));
  }

  const placeMap = places.map((place) => ({ from: place, to: generator.place() }));
  const brandMap = brands.map((brand) => {
    const invented = generator.brand();
    return { from: brand, to: /^[A-Za-z]/.test(brand) ? capitalise(pinyinOfPart(invented)) : invented };
  });
  for (const { from, to } of [...placeMap, ...brandMap]) {
    const latin = /^[A-Za-z]/.test(from);
    replacements.push({ from, to, latin });
    const token = latin ? from.toLowerCase() : pinyinOfPart(from);
    if (token) idTokens.set(token, latin ? to.toLowerCase() : pinyinOfPart(to));
    if (!latin) replacements.push({ from: pinyinOfPart(from), to: pinyinOfPart(to), latin: true });
  }
  for (const [from, to] of Object.entries(input.org?.replace ?? {}))
    replacements.push({ from, to, latin: /^[\x20-\x7e]+$/.test(from) });

  const placesAndBrands = new Replacer([...placeMap, ...brandMap]);
  const newOrgName = input.org?.name ?? inventedOrgName(orgName, placesAndBrands.replace(orgName), generator);
  // The full organisation name first: its own pseudonym, not a piecewise one.
  const replacer = new Replacer([{ from: orgName, to: newOrgName }, ...replacements]);

  const mapIdTokens = (id: string) =>
    id
      .split(/([-_])/)
      .map((token) => idTokens.get(token) ?? token)
      .join('');
  const newId = input.newId ?? `${mapIdTokens(originalId)}-sanitized`;

  const ids = new Map<string, string>([[originalId, newId]]);
  const usedIds = new Set<string>([newId]);
  const knownIds = [...asList(account.people), ...asList(account.team), ...asList(account.units)].map((item) =>
    String(item.id ?? ''),
  );
  for (const id of knownIds) {
    if (!id || ids.has(id)) continue;
    let mapped = mapIdTokens(id);
    for (let n = 2; usedIds.has(mapped); n++) mapped = `${mapIdTokens(id)}-${n}`;
    usedIds.add(mapped);
    ids.set(id, mapped);
  }

  const asOf = typeof account.asOf === 'string' && isIsoDate(account.asOf) ? account.asOf : undefined;
  const caseYear = Number((asOf ?? new Date().toISOString()).slice(0, 4));

  const freeText = (text: string): string => {
    let out = replacer.replace(text);
    const found = detectPii(out);
    for (const match of [...found].reverse())
      out = out.slice(0, match.index) + REMOVED + out.slice(match.index + match.text.length);
    return bandMoneyInText(shiftDatesInText(out, offsetDays, caseYear));
  };

  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key && ID_KEYS.has(key) && ids.has(value)) return ids.get(value);
      if (key && DATE_KEYS.has(key) && isIsoDate(value)) return shiftIsoDate(value, offsetDays);
      return freeText(value);
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      const out: Data = {};
      for (const [inner, innerValue] of Object.entries(value)) out[inner] = walk(innerValue, inner);
      return out;
    }
    return value;
  };

  const sanitizedAccount = walk(account, undefined) as Data;
  sanitizedAccount.id = newId;
  sanitizedAccount.name = newOrgName;
  if (typeof sanitizedAccount.region === 'string' && !sanitizedAccount.region.includes('虚构')) {
    sanitizedAccount.region = `${sanitizedAccount.region}（虚构）`;
  }
  sanitizedAccount.confidentiality = 'public';
  sanitizedAccount.sanitized = true;

  const scenarioIds = new Map<string, string>();
  const scenarios = input.scenarios.map(({ id, data }) => {
    const mappedId = `${newId}-${mapIdTokens(id)}`;
    scenarioIds.set(id, mappedId);
    const sanitized = walk(data, undefined) as Data;
    sanitized.id = mappedId;
    sanitized.account = newId;
    return { id: mappedId, data: sanitized };
  });

  const denylist = [
    ...new Set(
      [
        orgName,
        ...originalNames.map((name) => name.full),
        ...originalNames
          .filter((name) => name.surname && !titleOnlyGiven(name))
          .flatMap((name) => [
            `${pinyinOfPart(name.surname, true)} ${pinyinOfPart(name.given)}`,
            `${pinyinOfPart(name.surname, true)}${pinyinOfPart(name.given)}`,
          ]),
        ...places,
        ...brands,
        ...Object.keys(input.org?.replace ?? {}),
      ].filter((entry) => [...entry].length >= 2),
    ),
  ];

  return {
    account: sanitizedAccount,
    scenarios,
    mapping: {
      seed,
      offsetDays,
      account: { from: originalId, to: newId },
      organisation: { from: orgName, to: newOrgName },
      people,
      places: placeMap,
      brands: brandMap,
      ids: [...ids, ...scenarioIds].map(([from, to]) => ({ from, to })),
    },
    denylist,
  };
}
