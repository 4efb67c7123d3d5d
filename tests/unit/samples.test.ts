import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { fileURLToPath } from 'node:url';
import { setMessageLocale } from '../../src/validation/messages.ts';

// These tests pin the English wording; the Chinese messages have their own snapshot tests.
setMessageLocale('en');

const root = fileURLToPath(new URL('../..', import.meta.url));
const accounts = loadAllAccounts(root);

/** Every field path the JSON Schema allows, with array items as `[]`. */
function schemaPaths(node: any, prefix: string, out: Set<string>, definitions: Record<string, any>) {
  if (node.$ref) return schemaPaths(definitions[node.$ref.split('/').pop()], prefix, out, definitions);
  for (const variant of node.anyOf ?? node.oneOf ?? []) schemaPaths(variant, prefix, out, definitions);
  if (node.type === 'array' && node.items) schemaPaths(node.items, `${prefix}[]`, out, definitions);
  for (const [key, child] of Object.entries<any>(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.add(path);
    schemaPaths(child, path, out, definitions);
  }
}

function dataPaths(value: unknown, prefix: string, out: Set<string>) {
  if (Array.isArray(value)) value.forEach((item) => dataPaths(item, `${prefix}[]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.add(path);
      dataPaths(child, path, out);
    }
  }
}

describe('sample accounts', () => {
  it('are at least four valid accounts of 15 to 40 people, including a hospital, a bureau, a tech company and a manufacturer', () => {
    expect(accounts.map((account) => account.id)).toEqual(
      expect.arrayContaining(['city-hospital', 'city-bureau', 'tech-company', 'manufacturer']),
    );
    for (const account of accounts) {
      expect(account.people.length, account.id).toBeGreaterThanOrEqual(15);
      expect(account.people.length, account.id).toBeLessThanOrEqual(40);
    }
  });

  it('together use every field of the case-file schema', () => {
    const jsonSchema = z.toJSONSchema(accountSchema, { io: 'input' }) as any;
    const allowed = new Set<string>();
    schemaPaths(jsonSchema, '', allowed, jsonSchema.$defs ?? {});
    const used = new Set<string>();
    for (const account of accounts) dataPaths(account, '', used);
    // The five information categories share one item shape: check the shape once.
    const shape = (path: string) =>
      path.replace(/^information\.(basic|organisational|transaction|personal)\b/, 'information.business');
    const usedShapes = new Set([...used].map(shape));
    const unused = [...allowed].filter((path) => !usedShapes.has(shape(path)));
    expect(unused).toEqual([]);
  });

  it('each raise red flags worth discussing, and no two accounts raise the same set', () => {
    const sets = accounts.map((account) =>
      analyzeAccount(account)
        .flags.map((flag) => flag.code)
        .sort()
        .join(','),
    );
    for (const set of sets) expect(set.length).toBeGreaterThan(0);
    expect(new Set(sets).size).toBe(sets.length);
  });
});
