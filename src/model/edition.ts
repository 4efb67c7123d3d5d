/**
 * Editions: who the built site is for. Applied once, before any page sees the data, so
 * trainer-only material is absent from the output rather than hidden. Pages never ask which
 * edition they are in; they read its `features`.
 */
import type { Account, Opportunity, SnapshotChange } from '../schemas/account.ts';

export const EDITIONS = ['trainee', 'trainer', 'public'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Where each edition is built (astro.config.mjs) and read back from (handouts). */
export const EDITION_OUT_DIRS: Record<Edition, string> = {
  trainee: 'dist',
  trainer: 'dist-trainer',
  public: 'dist-public',
};

/** What an edition contains, beyond its accounts. */
export interface EditionFeatures {
  /** `trainer` blocks kept in the data: trainer notes, answer keys, secret briefs, rubric guidance. */
  trainerMaterial: boolean;
  /** What case files mark `sensitive` (people, facts, relations, free-text fields) kept. */
  sensitiveMaterial: boolean;
  /** Accounts marked `confidentiality: internal`. */
  internalCases: boolean;
  /** Only sanitized accounts the publish gate lets through (`src/sanitize/gate.ts`). */
  publishGate: boolean;
  /** Trainer notes on account pages, map panels and in the search index. */
  trainerNotes: boolean;
  /** The answer-key comparison on worksheet pages (对照答案). */
  answerKeys: boolean;
  /** The debrief page across groups' worksheet files. */
  debrief: boolean;
  /** Facilitator mode of scenarios and agendas. */
  facilitator: boolean;
  /** Print handouts (agenda, role cards with secret briefs, observer sheets). */
  handouts: boolean;
  /** The publish gate's decision per account, on the accounts index. */
  publishStatus: boolean;
  /** The workshops area in the site's navigation. */
  workshopsInNavigation: boolean;
  /**
   * The authoring page and its import template: trainers turn a spreadsheet into a case file
   * with the command line; trainees keep their own customers in the browser instead.
   */
  authoring: boolean;
  /** The printed workbook's file name (`npm run handouts -- --book`): one per edition, never mixed up. */
  bookPdf: string;
}

const TRAINER_ONLY_OFF = {
  trainerMaterial: false,
  sensitiveMaterial: false,
  internalCases: false,
  trainerNotes: false,
  answerKeys: false,
  debrief: false,
  facilitator: false,
  handouts: false,
  publishStatus: false,
  authoring: false,
} as const;

export const EDITION_FEATURES: Readonly<Record<Edition, Readonly<EditionFeatures>>> = {
  trainer: {
    trainerMaterial: true,
    sensitiveMaterial: true,
    internalCases: true,
    publishGate: false,
    trainerNotes: true,
    answerKeys: true,
    debrief: true,
    facilitator: true,
    handouts: true,
    publishStatus: true,
    workshopsInNavigation: true,
    authoring: true,
    bookPdf: 'book-trainer.pdf',
  },
  trainee: { ...TRAINER_ONLY_OFF, publishGate: false, workshopsInNavigation: true, bookPdf: 'book.pdf' },
  public: { ...TRAINER_ONLY_OFF, publishGate: true, workshopsInNavigation: false, bookPdf: 'book-public.pdf' },
};

export const featuresOf = (edition: Edition): Readonly<EditionFeatures> => EDITION_FEATURES[edition];

/** The features an edition has or has not (all but the names it gives files). */
export type EditionSwitch = {
  [K in keyof EditionFeatures]: EditionFeatures[K] extends boolean ? K : never;
}[keyof EditionFeatures];

/** The first edition (in EDITIONS order) that has a feature: where handouts are printed from. */
export function editionWith(feature: EditionSwitch): Edition {
  const edition = EDITIONS.find((candidate) => EDITION_FEATURES[candidate][feature]);
  if (!edition) throw new Error(`No edition has the feature ${feature}`);
  return edition;
}

/** The safe default: anything unset or unexpected builds the trainee edition... */
export function editionFromEnv(value: string | undefined): Edition {
  if (value === undefined || value === '') return 'trainee';
  if ((EDITIONS as readonly string[]).includes(value)) return value as Edition;
  // ...but a typo must not silently publish the wrong material, so it stops the build.
  throw new Error(`EDITION must be one of ${EDITIONS.join(', ')}; found "${value}"`);
}

/** Removes every `trainer` key, at any depth, from a copy of the data. */
export function withoutTrainerMaterial<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutTrainerMaterial) as T;
  // Keys, not Object.entries: every account of a build is copied, and a pair per field adds up.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key !== 'trainer') copy[key] = withoutTrainerMaterial((value as Record<string, unknown>)[key]);
  }
  return copy as T;
}

/** Data (a scenario, an agenda, an account) as the edition may show it: `trainer` blocks kept or removed. */
export function forEdition<T>(value: T, edition: Edition): T {
  return featuresOf(edition).trainerMaterial ? value : withoutTrainerMaterial(value);
}

/**
 * Which accounts an edition may show at all. The public edition also needs the publish gate's
 * word (`src/sanitize/gate.ts`: written by the sanitizer, clean scan); without it, nothing.
 */
export function accountVisibleIn(account: Account, edition: Edition, publishable?: ReadonlySet<string>): boolean {
  const features = featuresOf(edition);
  if (account.confidentiality === 'internal' && !features.internalCases) return false;
  return !features.publishGate || (account.sanitized && (publishable?.has(account.id) ?? false));
}

/**
 * Removes what is marked `sensitive`: a person marked `true` goes with every line, relation,
 * fact and step mention that points at them (their reports move up to the next manager); a
 * person's listed free-text fields go; facts and relations marked `true` go.
 */
export function withoutSensitiveMaterial(account: Account): Account {
  const hidden = new Set(account.people.filter((person) => person.sensitive === true).map((person) => person.id));
  const managerOf = new Map(account.people.map((person) => [person.id, person.reportsTo]));
  /** The first manager up the line who is not hidden (the guard stops on a reporting cycle). */
  const visibleManager = (id: string | undefined): string | undefined => {
    let current = id;
    for (let guard = 0; current && hidden.has(current) && guard < account.people.length; guard++) {
      current = managerOf.get(current);
    }
    return current && hidden.has(current) ? undefined : current;
  };
  const shown = (id: string | undefined) => id === undefined || !hidden.has(id);
  const facts = <T extends { sensitive?: boolean; about?: string; informant?: string }>(items: readonly T[]) =>
    items.filter((item) => item.sensitive !== true && shown(item.about) && shown(item.informant));
  const withoutHiddenPeople = <T extends Opportunity>(opportunity: T): T => ({
    ...opportunity,
    decisionProcess: opportunity.decisionProcess.map((step) => ({ ...step, people: step.people.filter(shown) })),
  });
  const people = account.people
    .filter((person) => !hidden.has(person.id))
    .map((person) => {
      const { sensitive, reportsTo, ...rest } = person;
      const fields = Array.isArray(sensitive) ? sensitive : [];
      const copy: Account['people'][number] = {
        ...rest,
        dottedLines: rest.dottedLines.filter((id) => !hidden.has(id)),
      };
      const manager = visibleManager(reportsTo);
      if (manager) copy.reportsTo = manager;
      if (fields.includes('notes')) delete copy.notes;
      if (fields.includes('motives')) delete copy.motives;
      if (fields.includes('demands')) copy.demands = [];
      return copy;
    });
  const hiddenRelations = new Set(
    account.relationships
      .filter((relation) => relation.sensitive === true)
      .map((relation) => `${relation.from}|${relation.to}|${relation.kind}`),
  );
  const mentions = (change: SnapshotChange) => {
    if (change.type === 'relationship-appears' || change.type === 'relationship-ends') {
      if (hiddenRelations.has(`${change.from}|${change.to}|${change.kind}`)) return false;
    }
    const ids = change as Partial<Record<'person' | 'from' | 'to', unknown>>;
    return (['person', 'from', 'to'] as const).every((key) => typeof ids[key] !== 'string' || shown(ids[key]));
  };
  return {
    ...account,
    people,
    ...(account.topPeople ? { topPeople: account.topPeople.filter(shown) } : {}),
    relationships: account.relationships.filter(
      (relation) => relation.sensitive !== true && shown(relation.from) && shown(relation.to),
    ),
    ...(account.opportunity ? { opportunity: withoutHiddenPeople(account.opportunity) } : {}),
    ...(account.opportunities ? { opportunities: account.opportunities.map(withoutHiddenPeople) } : {}),
    // A body keeps its other members; a hidden chair goes, the body stays.
    bodies: account.bodies.map(({ chair, ...body }) => ({
      ...body,
      members: body.members.filter(shown),
      ...(chair !== undefined && shown(chair) ? { chair } : {}),
    })),
    ...(account.information
      ? {
          information: {
            basic: facts(account.information.basic),
            business: facts(account.information.business),
            organisational: facts(account.information.organisational),
            transaction: facts(account.information.transaction),
            personal: facts(account.information.personal),
          },
        }
      : {}),
    snapshots: account.snapshots
      .map((snapshot) => ({ ...snapshot, changes: snapshot.changes.filter((change) => mentions(change)) }))
      .filter((snapshot) => snapshot.changes.length > 0),
  };
}

export function applyEdition(
  accounts: readonly Account[],
  edition: Edition,
  publishable?: ReadonlySet<string>,
): Account[] {
  const features = featuresOf(edition);
  return accounts
    .filter((account) => accountVisibleIn(account, edition, publishable))
    .map((account) => forEdition(features.sensitiveMaterial ? account : withoutSensitiveMaterial(account), edition));
}
