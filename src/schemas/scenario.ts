/**
 * A role-play scenario: `accounts/<account-id>/scenarios/<scenario-id>.yaml`, written by trainers
 * next to the account it is set in. Strict objects, like the case file: a misspelt field is an
 * error. Everything a trainee must not read (secret briefs, the DISC style to play, rubric level
 * guidance) sits under a `trainer` key, so the edition filter removes it before any page sees it.
 */
import { z } from 'zod';
import { text } from './text.ts';
import { idSchema } from './account.ts';
import { DISC_STYLES, STAGES } from './vocabulary.ts';

const texts = z.array(text);

export const SCENARIO_SIDES = ['seller', 'customer', 'observer'] as const;
export const SCENARIO_STAGE_KINDS = ['preparation', 'meeting', 'debrief'] as const;

export const roleSecretSchema = z
  .strictObject({
    secretBrief: text.describe('What only this player knows: the situation as they see it'),
    hiddenAgenda: text.optional().describe('What they really want and will not say first'),
    objections: texts.default([]).describe('Objections to raise during the meeting'),
    winOver: texts.default([]).describe('What would win this player over'),
    disc: z.enum(DISC_STYLES).optional().describe('DISC style to play'),
  })
  .describe('Trainer-only: the secret brief of one role');

export const scenarioRoleSchema = z
  .strictObject({
    id: idSchema,
    side: z.enum(SCENARIO_SIDES).describe('seller (our team), customer, or observer'),
    title: text.describe('The role as players call it, e.g. 药剂科主任 祁世杰'),
    person: idSchema.optional().describe('Id of the person of the account this role plays'),
    member: idSchema.optional().describe('Id of the member of our team this role plays'),
    publicBrief: text.describe('What every player may know about this role'),
    openingLines: texts.default([]).describe('Lines to open with'),
    trainer: roleSecretSchema.optional(),
  })
  .describe('One player of the scenario');

export const scenarioStageSchema = z
  .strictObject({
    kind: z.enum(SCENARIO_STAGE_KINDS),
    title: text,
    minutes: z.int().min(1).max(240).describe('Duration in whole minutes'),
    instructions: text.optional(),
  })
  .describe('One timed part of the role play');

export const rubricCriterionSchema = z
  .strictObject({
    id: idSchema,
    title: text.describe('What is scored, e.g. 确认了对方的真实诉求'),
    trainer: z
      .strictObject({
        levels: texts.describe('What each level looks like, one entry per rubric level, lowest first'),
      })
      .optional(),
  })
  .describe('One criterion of the rubric');

export const rubricSchema = z
  .strictObject({
    levels: z.array(text).min(2).max(5).describe('Level names, lowest first, e.g. [待提升, 达标, 优秀]'),
    criteria: z.array(rubricCriterionSchema).min(1),
  })
  .describe('How the seller team is scored: criteria × levels');

export const scenarioSchema = z
  .strictObject({
    id: idSchema.describe('Scenario id, unique across all accounts; also the file name'),
    title: text,
    account: idSchema.describe('Id of the account the scenario is set in (the folder it lives in)'),
    stage: z.enum(STAGES).describe('Deal stage the scenario is set in'),
    requiredTerms: z
      .array(idSchema)
      .default([])
      .describe('Glossary ids the players must already know; an agenda must teach them before this role play'),
    objective: text.describe('The seller team’s one clear, measurable objective'),
    setting: z
      .strictObject({
        time: text,
        place: text,
        present: texts.min(1).describe('Who is in the room'),
        background: text.optional(),
      })
      .describe('When and where the meeting happens, who is there'),
    roles: z.array(scenarioRoleSchema).min(2),
    stages: z.array(scenarioStageSchema).min(1),
    observerChecklist: texts.min(1),
    debriefQuestions: texts.min(1),
    rubric: rubricSchema,
    trainer: z.strictObject({ notes: text.optional() }).optional().describe('Trainer-only facilitation notes'),
  })
  .describe('A role-play scenario set in one account');

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioRole = Scenario['roles'][number];
export type ScenarioStage = Scenario['stages'][number];
