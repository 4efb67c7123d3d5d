/**
 * Writes the editor JSON Schema generated from the zod schema, so VS Code (with the YAML
 * extension) completes fields and flags mistakes while a trainer types. Every case file points
 * to it with a `# yaml-language-server: $schema=…` first line.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { accountSchema } from '../src/schemas/account.ts';
import { selfCheckSchema, workshopTestSchema } from '../src/schemas/quiz.ts';
import { scenarioSchema } from '../src/schemas/scenario.ts';
import { workshopSchema } from '../src/schemas/workshop.ts';

export function accountJsonSchema(): string {
  const schema = z.toJSONSchema(accountSchema, { io: 'input', target: 'draft-7' });
  // Exactly one of the two is the rule's (src/validation/accountRules/bodies.ts); say it to editors too.
  const oneOpportunityField = { oneOf: [{ required: ['opportunity'] }, { required: ['opportunities'] }] };
  return `${JSON.stringify({ ...schema, ...oneOpportunityField, title: 'kam-workbook account case file' }, null, 2)}\n`;
}

/** Role-play scenarios (`accounts/<id>/scenarios/*.yaml`) and workshop agendas, the same way. */
export function scenarioJsonSchema(): string {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'kam-workbook role-play scenario' }, null, 2)}\n`;
}

export function workshopJsonSchema(): string {
  const schema = z.toJSONSchema(workshopSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'kam-workbook workshop agenda' }, null, 2)}\n`;
}

/** Chapter self-checks and workshop pre/post tests. */
export function selfCheckJsonSchema(): string {
  const schema = z.toJSONSchema(selfCheckSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'kam-workbook chapter self-check' }, null, 2)}\n`;
}

export function workshopTestJsonSchema(): string {
  const schema = z.toJSONSchema(workshopTestSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'kam-workbook workshop pre-test and post-test' }, null, 2)}\n`;
}

export const JSON_SCHEMA_FILES = {
  'accounts/account.schema.json': accountJsonSchema,
  'accounts/scenario.schema.json': scenarioJsonSchema,
  'content/workshops/workshop.schema.json': workshopJsonSchema,
  'content/quizzes/quiz.schema.json': selfCheckJsonSchema,
  'content/workshops/assessments/test.schema.json': workshopTestJsonSchema,
} as const;

if (import.meta.main) {
  for (const [file, generate] of Object.entries(JSON_SCHEMA_FILES)) {
    writeFileSync(file, generate());
    console.log(`wrote ${file}`);
  }
}
