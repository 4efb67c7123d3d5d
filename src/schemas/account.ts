/**
 * The account case file: one YAML file per customer account, the single source of truth for
 * everything the site shows about it. Types are inferred from these schemas, the editor JSON
 * Schema is generated from them (`scripts/generate-json-schema.ts`), and every error a trainer
 * sees about a case file starts here.
 *
 * Objects are strict: an unknown (usually misspelt) field is an error, never silently dropped.
 */
import { z } from 'zod';
import { text } from './text.ts';
import {
  BODY_KINDS,
  BUSINESS_ASPECTS,
  CLOSENESS_LEVELS,
  CONFIDENTIALITY,
  DIRECTIONS,
  DISC_STYLES,
  LAYERS,
  PRONOUNS,
  RELATIONSHIP_KINDS,
  SENSITIVE_FIELDS,
  ROLE_VALUES,
  SECTORS,
  SOURCE_METHODS,
  STAGES,
  STEP_STATUSES,
  STRENGTHS,
  SUPPORT_LEVELS,
  TEAM_ROLES,
  TRI_STATE,
  BUYING_ROLES,
} from './vocabulary.ts';

/** An ASCII identifier that other entries refer to, e.g. `dir-wang`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'lower-case letters, digits and dashes, e.g. "dir-wang"')
  .describe('ASCII id: lower-case letters, digits and dashes, e.g. "dir-wang"');

/** A calendar date written as YYYY-MM-DD. */
export const dateSchema = z.iso.date().describe('date as YYYY-MM-DD');

/** A score from 1 (lowest) to 5 (highest). */
const score = z.int().min(1).max(5);

/**
 * Field-level sensitivity: `true` drops the whole entry, a list of field names drops those free-text
 * fields, from the trainee and public editions; the trainer edition keeps everything.
 */
const sensitiveSchema = z
  .union([z.boolean(), z.array(z.enum(SENSITIVE_FIELDS))])
  .optional()
  .describe('true: trainer edition only; or the free-text fields (notes, motives, demands) to keep to trainers');

/** Support for us: a signed level or `unknown` (never read as neutral). */
const supportSchema = z.literal([...SUPPORT_LEVELS, 'unknown']);

/**
 * Trainer-only material. Every `trainer` block is removed from the trainee and public editions
 * before any page sees the data (see `src/model/edition.ts`).
 */
export const trainerBlockSchema = z
  .strictObject({
    notes: text.optional().describe('Facilitator notes: what to draw out, traps to expect'),
  })
  .describe('Trainer-only material: absent from the trainee and public editions');

/** Motives of one person: what they gain financially, in their work, and in their relationships. */
export const motivesSchema = z
  .strictObject({
    financial: text.optional().describe('财务动机: budget, cost, personal financial stakes'),
    business: text.optional().describe('业务动机: targets, performance, career, department goals'),
    relationship: text.optional().describe('关系动机: standing, loyalties, who they want to please or oppose'),
  })
  .describe('Motives (财务/业务/关系)');

/** MAN profile of one person: Money, Authority, Need. */
export const manSchema = z
  .strictObject({
    money: z.enum(TRI_STATE).describe('Money (购买力): controls or can unlock budget'),
    authority: z.enum(TRI_STATE).describe('Authority (决策力): can decide or veto'),
    need: z.enum(TRI_STATE).describe('Need (需求度): has a real need for what we sell'),
  })
  .describe('MAN profile: yes / no / unknown for each of Money, Authority, Need');

/**
 * The expected answers for one person on the worksheets (MAN, power–interest, roles), with the
 * reasoning a trainer reads out when a group's answer differs.
 */
export const answerKeyEntrySchema = z
  .strictObject({
    person: idSchema.describe('Id of the person in people'),
    man: manSchema.optional().describe('Expected MAN answers'),
    power: score.optional().describe('Expected power, 1 (low) to 5 (high)'),
    interest: score.optional().describe('Expected interest, 1 (low) to 5 (high)'),
    roles: z.array(z.enum(ROLE_VALUES)).optional().describe('Expected buying roles'),
    reasoning: text.describe('Why: what in the case leads to these answers'),
  })
  .describe('Answer key for one person');

/** The account-level trainer block: notes plus the worksheet answer key. */
export const accountTrainerBlockSchema = trainerBlockSchema
  .extend({
    answerKey: z
      .array(answerKeyEntrySchema)
      .default([])
      .describe('Worksheet answer key, one entry per person the exercise focuses on'),
  })
  .describe('Trainer-only material: absent from the trainee and public editions');

export const unitSchema = z
  .strictObject({
    id: idSchema,
    name: text.describe('Department name as the customer writes it, e.g. 药剂科'),
    layer: z.enum(LAYERS).describe('Which of the five parts of the organisation the unit belongs to'),
    parent: idSchema.optional().describe('Id of the unit this one belongs to'),
    function: text.optional().describe('What the unit does, in a sentence'),
  })
  .describe('A unit (department) of the customer, or a group of external influencers');

/** A person who leans to a competitor: a former supplier they trust, a classmate who sells for them. */
export const competitorTieSchema = z
  .strictObject({
    competitor: idSchema.describe('Id of the competitor (opportunity competitors[].id)'),
    strength: z.literal(STRENGTHS).default(2).describe('1 weak, 2 medium, 3 strong'),
    note: text.optional().describe('What the tie is, e.g. 曾在竞品公司任职'),
  })
  .describe('A tie to a competitor: whom this person leans to, and how strongly');

export const personSchema = z
  .strictObject({
    id: idSchema,
    name: text.describe('Name as shown on maps (fictional in samples)'),
    pronoun: z.enum(PRONOUNS).optional().describe('he (他) or she (她): the pronoun every text about this person uses'),
    title: text.describe('Job title, e.g. 副院长'),
    unit: idSchema.describe('Id of the unit the person belongs to'),
    placeholder: z.boolean().default(false).describe('true when this stands for a role whose holder is not yet known'),
    reportsTo: idSchema.optional().describe('Id of the person this one reports to (solid line)'),
    dottedLines: z.array(idSchema).default([]).describe('Ids of secondary (dotted-line) managers'),
    roles: z
      .array(z.enum(ROLE_VALUES))
      .default([])
      .describe('Buying roles held: EB, TB, UB, Coach (several allowed), or unknown'),
    power: score.optional().describe('Power / influence over the decision, 1 (low) to 5 (high)'),
    interest: score.optional().describe('Interest in our project, 1 (low) to 5 (high)'),
    man: manSchema.optional(),
    support: supportSchema
      .default('unknown')
      .describe('Support for us: -2 enemy, -1, 0 neutral, 1, 2 champion, or unknown'),
    closeness: z
      .literal(CLOSENESS_LEVELS)
      .default(0)
      .describe('Closeness to us: 0 none, 1 acquainted, 2 in contact, 3 familiar, 4 trusted'),
    motives: motivesSchema.optional(),
    demands: z.array(text).default([]).describe('诉求: what this person wants from the project'),
    disc: z.enum(DISC_STYLES).optional().describe('Primary DISC communication style'),
    owner: idSchema.optional().describe('Id of the member of our team who owns this relationship'),
    competitorTie: competitorTieSchema.optional(),
    lastContact: dateSchema.optional().describe('Date of our last meaningful contact'),
    notes: text.optional().describe('What the account team knows about this person'),
    sensitive: sensitiveSchema,
    trainer: trainerBlockSchema.optional(),
  })
  .describe('A person in the customer organisation (or an external influencer)');

export { relationshipKey } from '../model/relationshipKey.ts';

export const relationshipSchema = z
  .strictObject({
    from: idSchema.describe('Id of the person the relation starts from'),
    to: idSchema.describe('Id of the person the relation points to'),
    kind: z.enum(RELATIONSHIP_KINDS).describe('Kind of relation'),
    direction: z.enum(DIRECTIONS).default('one-way').describe('one-way (from → to) or mutual'),
    strength: z.literal(STRENGTHS).default(2).describe('1 weak, 2 medium, 3 strong'),
    note: text.optional().describe('What the relation is about'),
    sensitive: z.boolean().optional().describe('true: the relation stays in the trainer edition only'),
  })
  .describe('A relation between two people');

export const teamMemberSchema = z
  .strictObject({
    id: idSchema,
    name: text,
    role: z.enum(TEAM_ROLES).describe('Role on our account team'),
    title: text.optional(),
  })
  .describe('A member of our own account team');

export const competitorSchema = z.strictObject({
  id: idSchema.optional().describe("Id that a person's competitorTie names"),
  name: text,
  position: text.optional().describe('Where they stand with the customer'),
});

export const decisionStepSchema = z
  .strictObject({
    name: text.describe('Step name, e.g. 立项, 预算, 招标, 评标, 合同'),
    description: text.optional(),
    roles: z.array(z.enum(BUYING_ROLES)).default([]).describe('Buying roles that matter at this step'),
    people: z.array(idSchema).default([]).describe('Ids of the people who act at this step'),
    bodies: z
      .array(idSchema)
      .default([])
      .describe('Ids of the decision bodies (bodies[].id) that decide at this step, e.g. 党委会'),
    date: dateSchema.optional().describe('Planned or actual date of the step'),
    status: z
      .enum(STEP_STATUSES)
      .optional()
      .describe('Where the step stands: planned, in-progress, done or blocked (e.g. budget sent back)'),
  })
  .describe('One step of the customer decision process');

export const opportunitySchema = z
  .strictObject({
    offering: text.describe('What we sell into this account'),
    budgetBand: text.optional().describe('Budget band, e.g. 300–500 万元'),
    timeline: text.optional().describe('When the customer intends to decide and buy'),
    stage: z.enum(STAGES).describe('Where the opportunity stands'),
    competitors: z.array(competitorSchema).default([]),
    purchasingFactors: z
      .strictObject({
        need: text.describe('需求驱动: what drives the need'),
        budget: text.describe('预算控制: how the budget is set and controlled'),
        competition: text.describe('竞争对比: how we compare with the competitors'),
      })
      .optional()
      .describe('The three purchasing factors (采购三因素)'),
    decisionProcess: z
      .array(decisionStepSchema)
      .default([])
      .describe('The customer decision process, as ordered steps'),
  })
  .describe('The opportunity we pursue in this account');

/** One of several opportunities in an account: the same fields, with an id to select it by. */
export const listedOpportunitySchema = opportunitySchema
  .extend({
    id: idSchema.describe('Id of the opportunity, e.g. "his-upgrade"'),
  })
  .describe('One opportunity of several in this account, each with its own decision process');

/**
 * A group decision body (集体决策机构): 党委会, 董事会, 局长办公会, 院务会. It decides as one, so it
 * can hold a buying role (usually EB) and decide a step of the decision process; its members are
 * people of the file.
 */
export const bodySchema = z
  .strictObject({
    id: idSchema,
    name: text.describe('Name as the customer says it, e.g. 院党委会'),
    kind: z
      .enum(BODY_KINDS)
      .describe(
        'party-committee 党委会, board 董事会, office-meeting 办公会, management-council 院务会, committee 委员会',
      ),
    members: z.array(idSchema).min(1).describe('Ids of the people who sit on the body'),
    chair: idSchema.optional().describe('Id of the member who chairs it (主持人), e.g. 党委书记'),
    roles: z.array(z.enum(BUYING_ROLES)).default([]).describe('Buying roles the body holds as a whole, usually EB'),
    notes: text.optional().describe('How the body decides: quorum, what goes to it, how often it meets'),
  })
  .describe('A group decision body and its members');

export const informationItemSchema = z
  .strictObject({
    fact: text.describe('What we found out'),
    source: z.enum(SOURCE_METHODS).describe('How we found it out'),
    date: dateSchema.optional(),
    about: idSchema.optional().describe('Id of the person the fact is about'),
    informant: idSchema.optional().describe('Id of the person who told us (to weigh the source)'),
    sensitive: z.boolean().optional().describe('true: the fact stays in the trainer edition only'),
  })
  .describe('One piece of gathered information');

/** Business information also says whether it is a profit point, a growth point or a difficulty. */
export const businessInformationItemSchema = informationItemSchema
  .extend({
    aspect: z
      .enum(BUSINESS_ASPECTS)
      .optional()
      .describe('利润点 profit point, 增量点 growth point or 业务难点 difficulty'),
  })
  .describe('One piece of gathered business information');

const infoList = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const informationSchema = z
  .strictObject({
    basic: infoList(informationItemSchema).describe('基本信息'),
    business: infoList(businessInformationItemSchema).describe('业务信息'),
    organisational: infoList(informationItemSchema).describe('组织信息'),
    transaction: infoList(informationItemSchema).describe('交易信息'),
    personal: infoList(informationItemSchema).describe('个人信息'),
  })
  .describe('Information gathered, by category (basic, business, organisational, transaction, personal)');

const change = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/** One dated change to the map. People and relations in the file describe the latest state. */
export const snapshotChangeSchema = z.discriminatedUnion('type', [
  change('joins', { person: idSchema.describe('Id of the person who arrives on this date') }),
  change('leaves', { person: idSchema.describe('Id of the person who leaves on this date') }),
  change('support', {
    person: idSchema,
    from: supportSchema,
    to: supportSchema,
  }),
  change('closeness', {
    person: idSchema,
    from: z.literal(CLOSENESS_LEVELS),
    to: z.literal(CLOSENESS_LEVELS),
  }),
  change('reports-to', {
    person: idSchema,
    from: idSchema.optional().describe('Previous manager (absent: reported to no one)'),
    to: idSchema.optional().describe('New manager (absent: reports to no one)'),
  }),
  change('relationship-appears', { from: idSchema, to: idSchema, kind: z.enum(RELATIONSHIP_KINDS) }),
  change('relationship-ends', { from: idSchema, to: idSchema, kind: z.enum(RELATIONSHIP_KINDS) }),
]);

export const snapshotSchema = z
  .strictObject({
    date: dateSchema,
    title: text.describe('Short name for what happened, e.g. 新院长到任'),
    summary: text.optional(),
    changes: z.array(snapshotChangeSchema).min(1),
  })
  .describe('A dated version of the map: what changed on that date');

export const accountSchema = z
  .strictObject({
    id: idSchema,
    name: text.describe('Customer name (fictional in samples)'),
    industry: text.describe('Industry, e.g. 医疗, 政府, 制造'),
    sector: z.enum(SECTORS).describe('Ownership / sector of the customer'),
    region: text.optional(),
    confidentiality: z
      .enum(CONFIDENTIALITY)
      .default('internal')
      .describe('public: may appear in the trainee edition; internal: trainer edition only'),
    sanitized: z
      .boolean()
      .default(false)
      .describe('true once real names and identifying facts are replaced (public edition)'),
    asOf: dateSchema.optional().describe('Date the case describes; analysis measures staleness from it'),
    summary: text.describe('One or two sentences: who the customer is and what is at stake'),
    situation: text.optional().describe('The situation in more detail'),
    topPeople: z
      .array(idSchema)
      .optional()
      .describe('Declare when the organisation has more than one top (e.g. 书记 and 院长)'),
    opportunity: opportunitySchema
      .optional()
      .describe('The opportunity we pursue; write opportunities instead when there are several'),
    opportunities: z
      .array(listedOpportunitySchema)
      .min(1)
      .optional()
      .describe('Several opportunities, each with an id and its own decision process; the first is the primary'),
    information: informationSchema.optional(),
    units: z.array(unitSchema).min(1),
    people: z.array(personSchema).min(1),
    bodies: z.array(bodySchema).default([]).describe('Group decision bodies (党委会, 董事会…) and their members'),
    relationships: z.array(relationshipSchema).default([]),
    team: z.array(teamMemberSchema).default([]).describe('Our account team'),
    snapshots: z.array(snapshotSchema).default([]).describe('Dated changes, oldest first'),
    trainer: accountTrainerBlockSchema.optional(),
  })
  .describe('A customer account case file');

/** An account as the site uses it, after defaults are applied. */
export type Account = z.output<typeof accountSchema>;
/** An account as a trainer writes it in YAML. */
export type AccountInput = z.input<typeof accountSchema>;
export type Person = Account['people'][number];
export type Unit = Account['units'][number];
export type Relationship = Account['relationships'][number];
export type TeamMember = Account['team'][number];
export type Snapshot = Account['snapshots'][number];
export type DecisionBody = Account['bodies'][number];
export type Opportunity = z.output<typeof opportunitySchema>;
export type DecisionStep = Opportunity['decisionProcess'][number];
export type Competitor = Opportunity['competitors'][number];
export type CompetitorTie = NonNullable<Person['competitorTie']>;
export type SnapshotChange = Snapshot['changes'][number];
export type AnswerKeyEntry = z.output<typeof answerKeyEntrySchema>;
export type Support = Person['support'];
export type Closeness = Person['closeness'];
