/**
 * Writes the editor JSON Schema generated from the zod schema, so VS Code (with the YAML
 * extension) completes fields and flags mistakes while a trainer types. Every case file points
 * to it with a `# yaml-language-server: $schema=…` first line.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { accountSchema } from '../src/schemas/account.ts';

export function accountJsonSchema(): string {
  const schema = z.toJSONSchema(accountSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, title: 'kam-workbook account case file' }, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync('accounts/account.schema.json', accountJsonSchema());
  console.log('wrote accounts/account.schema.json');
}
