import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES, accountJsonSchema, workshopJsonSchema } from '../../scripts/generate-json-schema.ts';

describe('editor JSON Schema', () => {
  it('is generated from the zod schema and committed up to date (run npm run schema)', () => {
    const committed = readFileSync(new URL('../../accounts/account.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(accountJsonSchema());
  });

  it('describes fields for editor hovers and forbids unknown fields', () => {
    const schema = JSON.parse(accountJsonSchema());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.people.items.properties.support.description).toContain('champion');
  });

  it('exists for scenarios and agendas too, committed up to date', () => {
    for (const [file, generate] of Object.entries(JSON_SCHEMA_FILES)) {
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file).toBe(generate());
    }
    const workshop = JSON.parse(workshopJsonSchema());
    expect(workshop.properties.length.description).toContain('half-day = 3 h');
  });
});
