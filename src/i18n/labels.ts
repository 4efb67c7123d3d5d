/**
 * The one label door: every word a reader sees for a model value or an analysis result comes
 * from here, in the UI language (the dictionaries are in src/i18n/strings/). Pure, so the
 * build and the browser scripts use the same door: pages through `labels` in
 * src/site/locale.ts, browser scripts over the dictionary slice their page embeds
 * (`clientStrings` in src/i18n/ui.ts, with the prefixes the script's builders read).
 */
import type { RoleCoverage } from '../analysis/coverage.ts';
import type { ManResult } from '../analysis/man.ts';
import type { Quadrant } from '../analysis/powerInterest.ts';
import type { RedFlag } from '../analysis/redFlags.ts';
import { fill, type Slots } from './fill.ts';
import type { UiKey } from './ui.ts';
import type {
  Account,
  CompetitorTie,
  DecisionBody,
  DecisionStep,
  Opportunity,
  Person,
  SnapshotChange,
  Support,
} from '../schemas/account.ts';
import type {
  BodyKind,
  BUSINESS_ASPECTS,
  BuyingRole,
  ClosenessLevel,
  DiscStyle,
  InfoCategory,
  Layer,
  MotiveKind,
  RelationshipKind,
  RoleValue,
  SOURCE_METHODS,
} from '../schemas/vocabulary.ts';

export type Dictionary = Readonly<Partial<Record<UiKey, string>>>;

type Stage = Opportunity['stage'];
type StepStatus = NonNullable<DecisionStep['status']>;
type Source = (typeof SOURCE_METHODS)[number];
type BusinessAspect = (typeof BUSINESS_ASPECTS)[number];

export function createLabels(dictionary: Dictionary) {
  /** A dictionary entry with its slots filled; the key itself when missing, so a gap is visible. */
  const say = (key: UiKey, slots?: Slots): string => fill(dictionary[key] ?? key, slots);
  const has = (key: string): key is UiKey => key in dictionary;
  const list = (items: readonly string[]) => items.join(say('punct.list'));
  const paren = (text: string | number) => say('punct.paren', { text });
  /** A placeholder's name gets the mark, unless the name already says it (待确认（评标专家）). */
  const personName = (person: Pick<Person, 'name' | 'placeholder'>) => {
    if (!person.placeholder) return person.name;
    const mark = say('value.placeholder');
    const word = mark.replace(/[()（）]/g, '').trim();
    return person.name.toLowerCase().includes(word.toLowerCase()) ? person.name : `${person.name}${mark}`;
  };

  const support = (value: Support) => {
    if (value === 'unknown') return say('support.unknown');
    return `${value > 0 ? '+' : ''}${value} ${say(`support.${value}`)}`;
  };
  const closeness = (value: ClosenessLevel) => `${value} ${say(`closeness.${value}`)}`;
  const relationship = (kind: RelationshipKind) => say(`relationship.${kind}`);

  return {
    say,
    list,
    paren,
    /** "label：value" in Chinese, "label: value" in English. */
    colon: (label: string, value: string) => `${label}${say('punct.colon')}${value}`,
    /** A label before what follows it: "label：". */
    withColon: (label: string) => `${label}${say('punct.colon')}`,
    semicolonList: (items: readonly string[]) => items.join(say('punct.semicolon')),
    nameTitle: (name: string, title: string) => say('punct.nameTitle', { name, title }),
    personName,
    layer: (layer: Layer) => say(`layer.${layer}`),
    /** "EB 决策者"; `unknown` reads as a sentence of its own. */
    role: (role: RoleValue) =>
      role === 'unknown' ? say('role.unknown') : say('role.withCode', { code: role, name: say(`role.${role}`) }),
    roleName: (role: BuyingRole) => say(`role.${role}`),
    support,
    /** The word alone ("支持"), without the signed number. */
    supportWord: (value: Support) => say(`support.${value}`),
    closeness,
    closenessWord: (value: ClosenessLevel) => say(`closeness.${value}`),
    closenessLine: (value: ClosenessLevel) => say('maps.closenessLine', { label: closeness(value) }),
    disc: (style: DiscStyle) => say(`disc.${style}`),
    motive: (kind: MotiveKind) => say(`motive.${kind}`),
    relationship,
    /** The short form on a map edge (a long label's explanation left out). */
    relationshipShort: (kind: RelationshipKind) => {
      const short = `relationship.${kind}.short`;
      return has(short) ? say(short) : relationship(kind);
    },
    relationPattern: (kind: RelationshipKind) => say(`relationPattern.${kind}`),
    strength: (strength: 1 | 2 | 3) => say(`strength.${strength}`),
    teamRole: (role: Account['team'][number]['role']) => say(`teamRole.${role}`),
    sector: (sector: Account['sector']) => say(`sector.${sector}`),
    stage: (stage: Stage) => say(`stage.${stage}`),
    infoCategory: (category: InfoCategory) => say(`infoCategory.${category}`),
    businessAspect: (aspect: BusinessAspect) => say(`businessAspect.${aspect}`),
    sourceMethod: (method: Source) => say(`sourceMethod.${method}`),
    stepStatus: (status: StepStatus) => say(`stepStatus.${status}`),
    bodyKind: (kind: BodyKind) => say(`bodyKind.${kind}`),
    /** Who holds a role: people, placeholders, then bodies with how many members we reached lately. */
    roleHolders: (row: Pick<RoleCoverage, 'holders' | 'placeholders' | 'bodies'>) =>
      list([
        ...[...row.holders, ...row.placeholders].map(personName),
        ...row.bodies.map((reach) =>
          say('coverage.body', {
            name: reach.body.name,
            contacted: reach.contacted.length,
            members: reach.members.length,
          }),
        ),
      ]),
    /** "院党委会", or "院党委会（主持人）" for its chair. */
    bodyMembership: (body: Pick<DecisionBody, 'name' | 'chair'>, personId: string) =>
      body.chair === personId ? `${body.name}${paren(say('col.chair'))}` : body.name,
    /** "康衡医疗（强）：曾在其公司任职" */
    competitorTie: (competitor: string, tie: Pick<CompetitorTie, 'strength' | 'note'>) => {
      const head = `${competitor}${paren(say(`strength.${tie.strength}`))}`;
      return tie.note ? `${head}${say('punct.colon')}${tie.note}` : head;
    },

    quadrant: (quadrant: Quadrant) => say(`quadrant.${quadrant}`),
    /** The name as a grid cell's title. */
    quadrantTitle: (quadrant: Quadrant) => say(`quadrant.${quadrant}.title`),
    quadrantAction: (quadrant: Quadrant) => say(`quadrant.${quadrant}.action`),

    manName: (man: ManResult) => (man.class ? say(`man.class.${man.class}`) : say('man.incomplete')),
    manStrategy: (man: ManResult) =>
      man.class
        ? say(`man.strategy.${man.class}`)
        : say('man.incomplete.strategy', {
            missing: list(man.unknown.map((dimension) => say(`man.dimension.${dimension}`))),
          }),

    /**
     * "Is this buying role with us", with the holder who decides it: `是：看权力最高的…` or
     * `否，不支持：…坚决反对…`, and the friendly holders who weigh less.
     */
    roleStance(row: RoleCoverage): string {
      const stance = say(`coverage.stance.${row.stance}`);
      if (!row.reason) return stance;
      const { person, kind, othersWithUs } = row.reason;
      const reason = say(`coverage.reason.${kind}`, {
        name: personName(person),
        power: person.power ?? '?',
        support: support(person.support),
      });
      const others =
        othersWithUs > 0 && row.stance !== 'with-us' ? say('coverage.reason.others', { n: othersWithUs }) : '';
      return `${stance}${say('punct.colon')}${reason}${others}`;
    },

    severity: (severity: RedFlag['severity']) => say(`flag.severity.${severity}`),
    /** A red flag's sentence: `flag.<code>` or `flag.<code>.<variant>`, filled with its params. */
    redFlag: (flag: RedFlag) => say(`flag.${flag.code}${flag.variant ? `.${flag.variant}` : ''}` as UiKey, flag.params),
    redFlagAction: (flag: RedFlag) => say(`flag.${flag.code}.action`),

    /** One change of a snapshot as a sentence; `nameOf` turns a person id into a name. */
    snapshotChange(change: SnapshotChange, nameOf: (id: string) => string): string {
      switch (change.type) {
        case 'joins':
        case 'leaves':
          return say(`snapshot.${change.type}`, { name: nameOf(change.person) });
        case 'support':
          return say('snapshot.support', {
            name: nameOf(change.person),
            from: support(change.from),
            to: support(change.to),
          });
        case 'closeness':
          return say('snapshot.closeness', {
            name: nameOf(change.person),
            from: say(`closeness.${change.from}`),
            to: say(`closeness.${change.to}`),
          });
        case 'reports-to': {
          const who = (id: string | undefined) => (id ? nameOf(id) : say('snapshot.nobody'));
          return say('snapshot.reports-to', {
            name: nameOf(change.person),
            from: who(change.from),
            to: who(change.to),
          });
        }
        case 'relationship-appears':
        case 'relationship-ends':
          return say(`snapshot.${change.type}`, {
            from: nameOf(change.from),
            to: nameOf(change.to),
            kind: relationship(change.kind),
          });
      }
    },
  };
}

export type Labels = ReturnType<typeof createLabels>;

/** A CSS modifier, so colour is never the only signal: the label always says it too. */
export function supportTone(support: Support): 'positive' | 'negative' | 'neutral' | 'unknown' {
  if (support === 'unknown') return 'unknown';
  if (support > 0) return 'positive';
  return support < 0 ? 'negative' : 'neutral';
}
