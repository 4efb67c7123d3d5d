import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAllAccounts } from '../../src/model/loadAccounts.ts';
import { accountSchema } from '../../src/schemas/account.ts';
import { analyzeAccount } from '../../src/analysis/analyzeAccount.ts';
import { isKeyPerson } from '../../src/model/accountModel.ts';
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

  it('give an answer-key entry to every key person: every role holder and everyone with power 4 or 5', () => {
    for (const account of accounts) {
      const keyed = new Set((account.trainer?.answerKey ?? []).map((entry) => entry.person));
      const missing = account.people.filter((person) => isKeyPerson(person) && !keyed.has(person.id));
      expect(
        missing.map((person) => person.id),
        account.id,
      ).toEqual([]);
    }
  });

  it('answer MAN, power, roles and (once assessed) interest for every key person who is known by name', () => {
    for (const account of accounts) {
      for (const entry of account.trainer?.answerKey ?? []) {
        const person = account.people.find((candidate) => candidate.id === entry.person)!;
        const where = `${account.id} ${entry.person}`;
        expect(entry.power, where).toBeDefined();
        expect(entry.roles, where).toBeDefined();
        if (person.placeholder) continue;
        expect(entry.man, where).toBeDefined();
        expect(entry.interest, where).toBeDefined();
      }
    }
  });

  it('have answer keys that agree with the case file wherever both state a value', () => {
    for (const account of accounts) {
      for (const entry of account.trainer?.answerKey ?? []) {
        const person = account.people.find((candidate) => candidate.id === entry.person)!;
        const where = `${account.id} ${entry.person}`;
        if (person.man && entry.man) expect(entry.man, where).toEqual(person.man);
        if (person.power !== undefined && entry.power !== undefined) expect(entry.power, where).toBe(person.power);
        if (person.interest !== undefined && entry.interest !== undefined)
          expect(entry.interest, where).toBe(person.interest);
        if (entry.roles) expect([...entry.roles].sort(), where).toEqual([...person.roles].sort());
      }
    }
  });

  it('record authority (A) as yes for every decision maker and gatekeeper: chapter 6 counts a veto as 决策力', () => {
    for (const account of accounts) {
      const answers = new Map((account.trainer?.answerKey ?? []).map((entry) => [entry.person, entry.man]));
      for (const person of account.people) {
        if (!person.roles.some((role) => role === 'EB' || role === 'TB')) continue;
        for (const man of [person.man, answers.get(person.id)]) {
          if (man) expect(man.authority, `${account.id} ${person.id}`).toBe('yes');
        }
      }
    }
  });

  it('name people plainly: no given-name character twice across the samples, no surname twice in an account', () => {
    const compoundSurnames = ['欧阳', '司马', '司徒', '上官', '诸葛', '东方', '慕容'];
    const split = (name: string) => {
      const surname = compoundSurnames.find((candidate) => name.startsWith(candidate)) ?? name[0]!;
      return { surname, given: name.slice(surname.length) };
    };
    const givenBy = new Map<string, string>();
    const repeats: string[] = [];
    for (const account of accounts) {
      const named = [...account.people.filter((person) => !person.placeholder), ...account.team];
      const surnames = new Map<string, string>();
      for (const { name } of named) {
        const { surname, given } = split(name);
        if (surnames.has(surname)) repeats.push(`${account.id}: ${surnames.get(surname)} / ${name}`);
        surnames.set(surname, name);
        for (const character of given) {
          if (givenBy.has(character)) repeats.push(`${character}: ${givenBy.get(character)} / ${name}`);
          givenBy.set(character, name);
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it('say 他 or 她 for every person known by name', () => {
    for (const account of accounts) {
      const without = account.people.filter((person) => !person.placeholder && person.pronoun === undefined);
      expect(
        without.map((person) => person.id),
        account.id,
      ).toEqual([]);
    }
  });
});
