/**
 * Worksheets as data: where each kind is taught, how a fresh sheet is seeded from an account,
 * and the keys under which a browser keeps them. Pure: no DOM, no storage, no Astro.
 */
import type { Account } from '../schemas/account.ts';
import { INFO_CATEGORIES, type Layer } from '../schemas/vocabulary.ts';
import { isKeyPerson } from '../model/accountModel.ts';
import { presentAccount } from '../analysis/timeline.ts';
import type { Worksheet } from '../schemas/worksheet.ts';
import {
  WORKSHEET_FORMAT,
  WORKSHEET_KINDS,
  WORKSHEET_VERSION,
  type WorksheetKind,
} from '../schemas/worksheetFormat.ts';
import { safeFileNamePart } from './fileName.ts';
import { storagePrefix } from '../ownAccounts/record.ts';

/** The chapter (content/chapters/<slug>.mdx) that teaches each worksheet. */
export const WORKSHEET_CHAPTERS: Record<WorksheetKind, string> = {
  man: '06-man-analysis',
  'power-interest': '05-power-interest',
  'relationship-map': '08-relationship-map',
  'action-plan': '10-sustained-management',
  information: '03-information-collection',
};

/**
 * The chapter a worksheet page links to, among the chapters built (in reading order): the one
 * that teaches the sheet (WORKSHEET_CHAPTERS) when the site has it, else the first whose exercise
 * uses the sheet (`worksheet:` in its frontmatter), else none. Content from elsewhere
 * (KAM_CONTENT_ROOT, such as the tests' fixture site) then never gets a link to a missing page.
 */
export function teachingChapter(
  kind: WorksheetKind,
  chapters: readonly { id: string; worksheet?: WorksheetKind | undefined }[],
): string | undefined {
  const preferred = WORKSHEET_CHAPTERS[kind];
  if (chapters.some((chapter) => chapter.id === preferred)) return preferred;
  return chapters.find((chapter) => chapter.worksheet === kind)?.id;
}

/** The person columns a seed carries into the browser: names and titles only, never analysis. */
export interface SeedPerson {
  person: string;
  name: string;
  title: string;
  /** Unit name and its layer: the "known facts" a relationship map starts from. */
  unit?: string;
  layer?: Layer;
}

/** How a person is named on a sheet: the label door's `personName` (placeholders marked). */
export type PersonName = (person: Pick<Account['people'][number], 'name' | 'placeholder'>) => string;

/** People of an (already edition-filtered) account, in file order, for a fresh worksheet. */
export function seedPeople(account: Pick<Account, 'people' | 'units'>, personName: PersonName): SeedPerson[] {
  // A map, not a search of the units for each person: an account has dozens of both.
  const units = new Map<string, Account['units'][number]>();
  for (const unit of account.units) if (!units.has(unit.id)) units.set(unit.id, unit);
  return account.people.map((person) => {
    const unit = units.get(person.unit);
    return {
      person: person.id,
      name: personName(person),
      title: person.title,
      unit: unit?.name,
      layer: unit?.layer,
    };
  });
}

/** A seed that cannot change: every page that embeds it can share it, and its JSON (jsonForScript). */
const frozenSeed = (people: SeedPerson[]): readonly SeedPerson[] =>
  Object.freeze(people.map((person) => Object.freeze(person)));

/**
 * The seeds of each account's present, per label door, made once: four of the five kinds start
 * from the same people, so their pages share one seed and one JSON of it.
 */
const seedsOf = new WeakMap<
  PersonName,
  WeakMap<Account, { everyone: readonly SeedPerson[]; key: readonly SeedPerson[] }>
>();

/**
 * The people a kind of worksheet starts with: everyone present at the account's reference date
 * (`presentAccount`, the rule the tables and maps follow), except the action plan, which is about
 * the key people (`isKeyPerson`: a buying role or high power). Frozen, and the same array for
 * every kind that starts from the same people.
 */
export function seedFor(kind: WorksheetKind, account: Account, personName: PersonName): readonly SeedPerson[] {
  // Keyed by the present itself, which presentAccount makes anew when the reference date moves.
  const present = presentAccount(account);
  let byAccount = seedsOf.get(personName);
  if (!byAccount) seedsOf.set(personName, (byAccount = new WeakMap()));
  let seeds = byAccount.get(present);
  if (!seeds) {
    seeds = {
      everyone: frozenSeed(seedPeople(present, personName)),
      key: frozenSeed(seedPeople({ units: present.units, people: present.people.filter(isKeyPerson) }, personName)),
    };
    byAccount.set(present, seeds);
  }
  return kind === 'action-plan' ? seeds.key : seeds.everyone;
}

/** An unanswered worksheet of a kind, bound to an account or blank (no account, no rows). */
export function emptyWorksheet(kind: WorksheetKind, account?: string, people: readonly SeedPerson[] = []): Worksheet {
  const common = { format: WORKSHEET_FORMAT, version: WORKSHEET_VERSION, account, trainee: '', group: '' } as const;
  const named = ({ person, name, title }: SeedPerson) => ({ person, name, title });
  if (kind === 'man') {
    return {
      ...common,
      kind,
      rows: people.map((seed) => ({
        ...named(seed),
        money: 'unknown',
        authority: 'unknown',
        need: 'unknown',
        reason: '',
      })),
    };
  }
  if (kind === 'relationship-map') {
    // Known facts only (who sits where); roles, support and relations are the trainee's answers.
    const rows = people.map((seed) => ({
      ...named(seed),
      unit: seed.unit ?? '',
      layer: seed.layer ?? 'management',
      roles: [],
      support: 'unknown' as const,
      closeness: 0 as const,
    }));
    return { ...common, kind, rows, relations: [] };
  }
  if (kind === 'information') {
    // Always the five categories, whatever the account: finding the facts is the exercise.
    const rows = INFO_CATEGORIES.map((category) => ({
      category,
      found: '',
      source: '' as const,
      confidence: '' as const,
      gaps: '',
    }));
    return { ...common, kind, rows };
  }
  if (kind === 'action-plan') {
    return {
      ...common,
      kind,
      rows: people.map((seed) => ({ ...named(seed), step: '', owner: '', date: '', objective: '' })),
    };
  }
  return { ...common, kind, rows: people.map(named) };
}

/** The slot a worksheet lives in: one kind for one account, or the blank sheet of that kind. */
export interface WorksheetSlot {
  kind: WorksheetKind;
  /** Account id; undefined for the blank sheet. */
  account?: string;
  /** The cohort whose namespace the key is in (`storagePrefix`); undefined for the default one. */
  cohort?: string;
}

const BLANK = 'blank';

/**
 * `kam[@cohort]:worksheet:<kind>:<account|blank>:v<N>`: a new format version never reads an old
 * key by accident, and a cohort's sheets never mix with another's.
 */
export function storageKey(slot: WorksheetSlot, version: number = WORKSHEET_VERSION): string {
  return `${storagePrefix(slot.cohort)}worksheet:${slot.kind}:${slot.account ?? BLANK}:v${version}`;
}

/** The slot and version of a storage key, or undefined for a key that is not a worksheet's. */
export function parseStorageKey(key: string): (WorksheetSlot & { version: number }) | undefined {
  const match = /^kam(?:@([^:]+))?:worksheet:([a-z-]+):([a-z0-9_-]+):v(\d+)$/u.exec(key);
  if (!match) return undefined;
  const [, cohort, kind, account, version] = match;
  if (!(WORKSHEET_KINDS as readonly string[]).includes(kind!)) return undefined;
  return {
    kind: kind as WorksheetKind,
    account: account === BLANK ? undefined : account,
    ...(cohort ? { cohort } : {}),
    version: Number(version),
  };
}

/** Export file name: trainee, worksheet and account, safe on every file system. */
export function exportFileName(worksheet: Worksheet): string {
  const parts = [safeFileNamePart(worksheet.trainee) || 'trainee', worksheet.kind, worksheet.account ?? BLANK];
  return `${parts.join('_')}.worksheet.json`;
}

/** The next free id for a person a trainee adds to a blank sheet: p1, p2, … */
export function nextPersonId(rows: readonly { person: string }[]): string {
  const used = new Set(rows.map((row) => row.person));
  let index = rows.length + 1;
  while (used.has(`p${index}`)) index++;
  return `p${index}`;
}
