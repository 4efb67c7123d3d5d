/**
 * A case file's people, units, relations and team → sheets the import reads back unchanged:
 * ids in the 编号 column, people and units named by name (by id where two share a name),
 * vocabulary values as their words in Chinese (决策层, 是) or as codes in English.
 */
import { uiDictionary, type UiKey } from '../i18n/ui.ts';
import type { Account } from '../schemas/account.ts';
import { fieldLabel, messageLocale } from '../validation/messages.ts';
import type { Entry } from '../validation/rawData.ts';
import { competitorsById } from '../model/opportunities.ts';
import { HELP_SHEET, SHEETS, type Column, type RefTarget, type SheetSpec } from './columns.ts';
import type { SheetOut } from './workbook.ts';

type Names = Map<string, string>;

/** Each id's name, or its id when another entry has the same name. */
function namesOf(entries: readonly { id: string; name: string }[]): Names {
  const count = new Map<string, number>();
  for (const entry of entries) count.set(entry.name, (count.get(entry.name) ?? 0) + 1);
  return new Map(entries.map((entry) => [entry.id, count.get(entry.name) === 1 ? entry.name : entry.id]));
}

function cellOf(column: Column, value: unknown, names: Record<RefTarget, Names>): string | number {
  if (value === undefined || value === null) return '';
  const zh = messageLocale() === 'zh-CN';
  const words = uiDictionary(messageLocale());
  const kind = column.kind;
  switch (kind.type) {
    case 'lines':
      return (value as string[]).join('\n');
    case 'code':
      if (typeof value === 'number') return value;
      return zh && kind.label ? (words[kind.label(value as string)] ?? String(value)) : String(value);
    case 'codes':
      return (value as string[]).join(', ');
    case 'flag':
      return value === true ? words['value.yes' as UiKey] : '';
    case 'sensitive':
      if (value === true) return words['value.yes' as UiKey];
      return (value as string[]).map((field) => fieldLabel(field) ?? field).join(zh ? '、' : ', ');
    case 'ref': {
      const lookup = names[kind.target];
      const ids = Array.isArray(value) ? (value as string[]) : [value as string];
      return ids.map((id) => lookup.get(id) ?? id).join(zh ? '、' : ', ');
    }
    default:
      return typeof value === 'number' ? value : String(value);
  }
}

const pathValue = (entry: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Entry)[key] : undefined), entry);

const headerOf = (named: { zh: string; en: string }) => (messageLocale() === 'zh-CN' ? named.zh : named.en);

/** The sheets of an account: people, units, relationships and team, in the columns' order. */
export function accountSheets(account: Account): SheetOut[] {
  const names = {
    person: namesOf(account.people),
    member: namesOf(account.team),
    unit: namesOf(account.units),
    competitor: namesOf([...competitorsById(account)].map(([id, competitor]) => ({ id, name: competitor.name }))),
  };
  const layerOf = new Map(account.units.map((unit) => [unit.id, unit.layer]));
  const lists: Record<SheetSpec['kind'], readonly object[]> = {
    people: account.people.map((person) => ({ ...person, layer: layerOf.get(person.unit) })),
    units: account.units,
    relationships: account.relationships,
    team: account.team,
  };
  return SHEETS.map((sheet) => sheetOut(sheet, lists[sheet.kind], names));
}

function sheetOut(sheet: SheetSpec, entries: readonly object[], names: Record<RefTarget, Names>): SheetOut {
  const rows = [
    sheet.columns.map(headerOf),
    ...entries.map((entry) => sheet.columns.map((column) => cellOf(column, pathValue(entry, column.path), names))),
  ];
  return { name: headerOf(sheet), rows, widths: sheet.columns.map((column) => widthOf(column)) };
}

const widthOf = (column: Column) => (column.kind.type === 'text' || column.kind.type === 'lines' ? 30 : 12);

/** The import template: each sheet's headers and one example row, and a 说明 sheet of every column. */
export function templateSheets(): SheetOut[] {
  const zh = messageLocale() === 'zh-CN';
  const sheets = SHEETS.map((sheet) => ({
    name: headerOf(sheet),
    // A relation needs two people; the one example person cannot show one, so its sheet has headers only.
    rows: [sheet.columns.map(headerOf), sheet.columns.map((column) => column.example)].filter((row) =>
      row.some((cell) => cell !== ''),
    ),
    widths: sheet.columns.map(widthOf),
  }));
  const help: SheetOut = {
    name: headerOf(HELP_SHEET),
    rows: [
      zh ? ['工作表', '列', '必填', '写什么'] : ['sheet', 'column', 'required', 'what to write'],
      ...SHEETS.flatMap((sheet) =>
        sheet.columns.map((column) => [
          headerOf(sheet),
          headerOf(column),
          column.required ? (zh ? '是' : 'yes') : '',
          zh ? column.help.zh : column.help.en,
        ]),
      ),
    ],
    widths: [10, 14, 6, 80],
  };
  return [...sheets, help];
}
