/**
 * Spreadsheet tables → the changes they make to a case file, or every bad cell at once.
 *
 * Sheets are recognised by name (人员 / people, 部门 / units, 关系 / relationships, 团队 / team)
 * or else by their headers; a CSV file is one sheet. People, units and team members are named
 * by name or id: a row finds the existing entry of the same id, or else of the same name, and
 * updates only the fields its sheet has columns for; a new name gets a pinyin id. A column whose
 * cell is empty removes that field. Pure: tables and the case file's raw data in, a plan out.
 */
import { personSchema, relationshipKey, relationshipSchema, teamMemberSchema, unitSchema } from '../schemas/account.ts';
import { uiDictionary, type UiKey } from '../i18n/ui.ts';
import { messageLocale, say } from '../validation/messages.ts';
import { describeValue, didYouMean } from '../validation/problem.ts';
import { asEntries, asEntry, asString, type Entry } from '../validation/rawData.ts';
import { readCell, type CellValue } from './cells.ts';
import {
  headersOf,
  HELP_SHEET,
  normalizeHeader,
  sheetKindOf,
  sheetSpec,
  type Column,
  type RefTarget,
  type SheetKind,
} from './columns.ts';
import { personIdOf, plainIdOf, uniqueId } from './ids.ts';
import { columnLetter, type Table } from './workbook.ts';

/** Where a row came from: a file, and its sheet for a workbook. */
export interface Place {
  file: string;
  sheet?: string;
}

export interface CellProblem extends Place {
  /** 1-based row as the spreadsheet numbers it. */
  row: number;
  /** 0-based column index; undefined for a problem of the whole row or sheet. */
  column?: number;
  header?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `people.xlsx!人员:5:L  列「支持度」  应为 …；实际是 …`. */
export function formatCellProblem(problem: CellProblem): string {
  const sheet = problem.sheet === undefined ? '' : `!${problem.sheet}`;
  const column = problem.column === undefined ? '' : `:${columnLetter(problem.column)}`;
  const where = `${problem.file}${sheet}:${problem.row}${column}`;
  const prefix = problem.severity === 'warning' ? say().warningPrefix() : '';
  const header = problem.header === undefined ? '' : `  ${say().column({ header: problem.header })}`;
  return `${where}${header}  ${prefix}${problem.message}`;
}

interface Cell {
  value: CellValue;
  written: string;
  column: number;
  header: string;
}

interface Row {
  place: Place;
  row: number;
  cells: Map<string, Cell>;
}

interface ReadSheet {
  kind: SheetKind;
  place: Place;
  /** The columns the sheet has, by key (`man.money`). */
  columns: Map<string, Column>;
  rows: Row[];
}

export interface SpreadsheetFile {
  file: string;
  tables: readonly Table[];
}

const keyOf = (column: Column) => column.path.join('.');

/** Reads every sheet of every file into typed cells; every bad cell and header is a problem. */
export function readSheets(files: readonly SpreadsheetFile[]): {
  sheets: Partial<Record<SheetKind, ReadSheet>>;
  problems: CellProblem[];
} {
  const sheets: Partial<Record<SheetKind, ReadSheet>> = {};
  const problems: CellProblem[] = [];
  const found: string[] = [];
  for (const { file, tables } of files) {
    for (const table of tables) {
      const place: Place = { file, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };
      const headerAt = table.rows.findIndex((row) => row.some((cell) => cell !== ''));
      found.push(table.sheet ?? file);
      if (headerAt < 0) continue;
      if (
        table.sheet !== undefined &&
        [HELP_SHEET.zh, HELP_SHEET.en].map(normalizeHeader).includes(normalizeHeader(table.sheet))
      )
        continue;
      const headers = table.rows[headerAt]!;
      const kind = sheetKindOf(table.sheet, headers);
      if (!kind) {
        problems.push({
          ...place,
          row: headerAt + 1,
          message: say().unknownSheet({ sheet: table.sheet ?? file }),
          severity: 'warning',
        });
        continue;
      }
      if (sheets[kind]) {
        const first = sheets[kind]!.place;
        problems.push({
          ...place,
          row: headerAt + 1,
          message: say().sameSheetTwice({ sheet: first.sheet ?? first.file }),
          severity: 'warning',
        });
        continue;
      }
      sheets[kind] = readSheet(kind, place, table.rows, headerAt, problems);
    }
  }
  if (!sheets.people && files.length > 0) {
    const first = files[0];
    problems.push({
      file: first?.file ?? '',
      row: 1,
      message: say().noPeopleSheet({ sheets: found.join('、') || say().nothing() }),
      severity: 'error',
    });
  }
  return { sheets, problems };
}

function readSheet(
  kind: SheetKind,
  place: Place,
  rows: readonly string[][],
  headerAt: number,
  problems: CellProblem[],
): ReadSheet {
  const spec = sheetSpec(kind);
  const columns = new Map<string, Column>();
  const columnAt = new Map<number, Column>();
  /** Messages name a column by the header the sheet gives it, so the trainer finds it at once. */
  const headerText = new Map<number, string>();
  const firstIndex = new Map<string, number>();
  const headerRow = headerAt + 1;
  rows[headerAt]!.forEach((header, index) => {
    if (header === '') return;
    const normal = normalizeHeader(header);
    const column = spec.columns.find((candidate) => headersOf(candidate).includes(normal));
    if (!column) {
      const allowed = spec.columns.map((candidate) => candidate.zh);
      problems.push({
        ...place,
        row: headerRow,
        column: index,
        message: say().unknownColumn({ header, allowed }),
        severity: 'warning',
      });
      return;
    }
    const key = keyOf(column);
    if (firstIndex.has(key)) {
      problems.push({
        ...place,
        row: headerRow,
        column: index,
        header,
        message: say().duplicateColumn({ first: columnLetter(firstIndex.get(key)!) }),
        severity: 'error',
      });
      return;
    }
    firstIndex.set(key, index);
    columns.set(key, column);
    columnAt.set(index, column);
    headerText.set(index, header.trim());
  });
  for (const column of spec.columns.filter((candidate) => candidate.required && !columns.has(keyOf(candidate)))) {
    problems.push({
      ...place,
      row: headerRow,
      message: say().missingColumn({ header: header(column) }),
      severity: 'error',
    });
  }
  const read: Row[] = [];
  for (let r = headerAt + 1; r < rows.length; r++) {
    const cellsWritten = rows[r]!;
    if (!cellsWritten.some((cell, index) => cell !== '' && columnAt.has(index))) continue;
    const row: Row = { place, row: r + 1, cells: new Map() };
    for (const [index, column] of columnAt) {
      const written = cellsWritten[index] ?? '';
      const shown = headerText.get(index) ?? header(column);
      const result = readCell(column.kind, written);
      if (!result.ok) {
        const message = say().expectedFound({ expected: result.expected, found: describeValue(written) }) + result.hint;
        problems.push({ ...place, row: r + 1, column: index, header: shown, message, severity: 'error' });
        continue;
      }
      if (column.required && result.value === undefined) {
        problems.push({
          ...place,
          row: r + 1,
          column: index,
          header: shown,
          message: say().emptyCell({ header: shown }),
          severity: 'error',
        });
        continue;
      }
      row.cells.set(keyOf(column), { value: result.value, written, column: index, header: shown });
    }
    read.push(row);
  }
  return { kind, place, columns, rows: read };
}

/** A layer as a message shows it: 管理层 in Chinese, the code in English. */
const layerWord = (layer: string) =>
  messageLocale() === 'zh-CN' ? (uiDictionary('zh-CN')[`layer.${layer}` as UiKey] ?? layer) : layer;

/** The header a message names a column by: Chinese in zh-CN, the English header in English. */
const header = (named: { zh: string; en: string }) => (messageLocale() === 'zh-CN' ? named.zh : named.en);

// ————— planning against the case file —————

type ListName = 'units' | 'people' | 'relationships' | 'team';

/** One entry the import adds or changes. */
export interface EntryChange {
  list: ListName;
  /** Index in the case file's list; undefined for a new entry (appended). */
  index?: number;
  /** For a new entry: the whole entry. For an existing one: each field path and its new value (undefined removes it). */
  value?: Entry;
  set?: [readonly string[], unknown][];
  /** The row it came from. */
  origin?: Place & { row: number };
}

export interface ImportPlan {
  changes: EntryChange[];
  problems: CellProblem[];
  counts: { added: number; updated: number; relations: number; members: number };
}

/** Names and ids of one kind of entry, from the case file and the sheet together. */
class Directory {
  private byName = new Map<string, string[]>();
  private rowsByName = new Map<string, number[]>();
  readonly ids = new Set<string>();
  add(id: string, name: string | undefined, row?: number) {
    this.ids.add(id);
    if (name === undefined) return;
    const key = name.trim();
    const ids = this.byName.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    this.byName.set(key, ids);
    if (row !== undefined) this.rowsByName.set(key, [...(this.rowsByName.get(key) ?? []), row]);
  }
  resolve(text: string): { id: string } | { ambiguous: string } | { unknown: string } {
    const ids = this.byName.get(text.trim()) ?? [];
    if (ids.length === 1) return { id: ids[0]! };
    if (ids.length > 1) return { ambiguous: (this.rowsByName.get(text.trim()) ?? []).join('、') || ids.join('、') };
    if (this.ids.has(text.trim())) return { id: text.trim() };
    return { unknown: didYouMean(text, [...this.ids, ...this.byName.keys()]) };
  }
}

const SCHEMAS = { units: unitSchema, people: personSchema, relationships: relationshipSchema, team: teamMemberSchema };
const NOUNS: Record<RefTarget, string> = { person: 'person', member: 'member', unit: 'unit', competitor: 'competitor' };
/** Where a name of each kind is looked up: a sheet (and the case file), or the case file alone. */
const TARGET_SHEET: Record<RefTarget, SheetKind | undefined> = {
  person: 'people',
  member: 'team',
  unit: 'units',
  competitor: undefined,
};

/** The competitors the case file's opportunities name with an id: what a competitor tie may point at. */
function competitorsOf(account: Entry): Entry[] {
  const opportunities = [asEntry(account.opportunity), ...asEntries(account.opportunities)];
  return opportunities.flatMap((opportunity) => asEntries(opportunity.competitors)).filter((c) => asString(c.id));
}

/** The schema's default of a top-level field (support → unknown), to tell a real change from a spelled-out default. */
function defaultOf(list: ListName, key: string): unknown {
  const shape = SCHEMAS[list].shape as Record<
    string,
    { safeParse(value: unknown): { success: boolean; data?: unknown } }
  >;
  const field = shape[key];
  if (!field) return undefined;
  const parsed = field.safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function getPath(entry: Entry, path: readonly string[]): unknown {
  let node: unknown = entry;
  for (const key of path) node = node && typeof node === 'object' ? (node as Entry)[key] : undefined;
  return node;
}

/** Orders a new entry's fields as the schema lists them, so an imported file reads like a written one. */
function ordered(list: ListName, entry: Entry): Entry {
  const keys = Object.keys(SCHEMAS[list].shape);
  return Object.fromEntries(keys.filter((key) => entry[key] !== undefined).map((key) => [key, entry[key]]));
}

export function planImport(sheets: Partial<Record<SheetKind, ReadSheet>>, account: Entry): ImportPlan {
  const problems: CellProblem[] = [];
  const changes: EntryChange[] = [];
  const at = (row: Row, cell: Cell | undefined, message: string): CellProblem => ({
    ...row.place,
    row: row.row,
    ...(cell ? { column: cell.column, header: cell.header } : {}),
    message,
    severity: 'error',
  });

  const existing = {
    units: asEntries(account.units),
    people: asEntries(account.people),
    relationships: asEntries(account.relationships),
    team: asEntries(account.team),
  };
  const directories: Record<RefTarget, Directory> = {
    person: new Directory(),
    member: new Directory(),
    unit: new Directory(),
    competitor: new Directory(),
  };
  (['person', 'member', 'unit', 'competitor'] as const).forEach((target) => {
    const list = {
      person: existing.people,
      member: existing.team,
      unit: existing.units,
      competitor: competitorsOf(account),
    }[target];
    for (const entry of list)
      if (asString(entry.id)) directories[target].add(asString(entry.id)!, asString(entry.name));
  });

  // Each row of the people, team and units sheets: which entry it is (an existing index or a new id).
  interface Identified {
    row: Row;
    id: string;
    index?: number;
  }
  const identify = (kind: 'people' | 'team' | 'units', target: 'person' | 'member' | 'unit'): Identified[] => {
    const sheet = sheets[kind];
    if (!sheet) return [];
    const list = existing[kind];
    const directory = directories[target];
    const taken = new Set([
      ...directory.ids,
      ...sheet.rows.flatMap((row) => (row.cells.get('id')?.value as string) ?? []),
    ]);
    const seenName = new Map<string, Row>();
    const seenId = new Map<string, Row>();
    const out: Identified[] = [];
    for (const row of sheet.rows) {
      const name = row.cells.get('name')?.value as string | undefined;
      const explicit = row.cells.get('id')?.value as string | undefined;
      if (name === undefined) continue;
      const twin = seenName.get(name);
      if (twin && (explicit === undefined || twin.cells.get('id') === undefined)) {
        problems.push(at(row, row.cells.get('name'), say().duplicateEntry({ name, row: twin.row })));
        continue;
      }
      seenName.set(name, row);
      let index = explicit === undefined ? -1 : list.findIndex((entry) => entry.id === explicit);
      if (explicit === undefined) {
        const named = list.flatMap((entry, i) => (asString(entry.name)?.trim() === name ? [i] : []));
        if (named.length > 1) {
          problems.push(
            at(
              row,
              row.cells.get('name'),
              say().ambiguousName({ name, rows: named.map((i) => String(list[i]!.id)).join('、') }),
            ),
          );
          continue;
        }
        index = named[0] ?? -1;
      }
      const id =
        explicit ??
        (index >= 0
          ? String(list[index]!.id)
          : uniqueId(target === 'unit' ? plainIdOf(name) : personIdOf(name), taken));
      if (seenId.has(id)) {
        problems.push(at(row, row.cells.get('id'), say().duplicateEntry({ name: id, row: seenId.get(id)!.row })));
        continue;
      }
      seenId.set(id, row);
      if (index < 0) directory.add(id, name, row.row);
      out.push({ row, id, ...(index >= 0 ? { index } : {}) });
    }
    return out;
  };

  const team = identify('team', 'member');
  const units = identify('units', 'unit');
  const people = identify('people', 'person');

  // Units the people sheet names but no one has declared: created, their layer from the rows.
  const unitLayers = new Map<string, { layer: string; row: number }>();
  const newUnits = new Map<string, { name: string; rows: Row[] }>();
  const unitIdOf = (row: Row, cell: Cell): string | undefined => {
    const text = cell.value as string;
    const found = directories.unit.resolve(text);
    if ('id' in found) return found.id;
    if ('ambiguous' in found) {
      problems.push(at(row, cell, say().ambiguousName({ name: text, rows: found.ambiguous })));
      return undefined;
    }
    const id = uniqueId(plainIdOf(text), new Set([...directories.unit.ids]));
    directories.unit.add(id, text);
    newUnits.set(id, { name: text, rows: [] });
    return id;
  };

  const resolve = (row: Row, cell: Cell, target: RefTarget): string | string[] | undefined => {
    const texts = Array.isArray(cell.value) ? (cell.value as string[]) : [cell.value as string];
    const ids: string[] = [];
    for (const text of texts) {
      const found = directories[target].resolve(text);
      if ('id' in found) ids.push(found.id);
      else if ('ambiguous' in found)
        problems.push(at(row, cell, say().ambiguousName({ name: text, rows: found.ambiguous })));
      else {
        const sheet = TARGET_SHEET[target];
        const shown = sheet ? say().sheetOrFile({ sheet: header(sheetSpec(sheet)) }) : say().competitorsOfFile();
        problems.push(
          at(
            row,
            cell,
            say().unknownName({
              noun: say().noun({ noun: NOUNS[target] }),
              name: text,
              sheet: shown,
              hint: found.unknown,
            }),
          ),
        );
      }
    }
    return Array.isArray(cell.value) ? ids : ids[0];
  };

  /** The fields a row sets, as [path, value] (value undefined: the cell is empty, remove the field). */
  const fieldsOf = (list: ListName, sheet: ReadSheet, row: Row, skip: readonly string[]): [string[], unknown][] => {
    const fields: [string[], unknown][] = [];
    for (const [key, column] of sheet.columns) {
      if (skip.includes(key)) continue;
      const cell = row.cells.get(key);
      let value: unknown = cell?.value;
      if (cell && value !== undefined && column.kind.type === 'ref') value = resolve(row, cell, column.kind.target);
      if (Array.isArray(value) && value.length === 0 && column.kind.type !== 'ref') value = undefined;
      fields.push([[...column.path], value]);
    }
    // MAN is one answer in three letters: any letter given, the others read as unknown.
    const man = fields.filter(([path]) => path[0] === 'man');
    if (list === 'people' && man.length > 0) {
      const given = man.filter(([, value]) => value !== undefined);
      const rest = fields.filter(([path]) => path[0] !== 'man');
      if (given.length === 0) return [...rest, [['man'], undefined]];
      const value = { money: 'unknown', authority: 'unknown', need: 'unknown' } as Entry;
      for (const [path, answer] of given) value[path[1]!] = answer;
      return [...rest, [['man'], value]];
    }
    return fields;
  };

  const plan = (
    list: ListName,
    sheet: ReadSheet | undefined,
    rows: Identified[],
    skip: string[],
    extra?: (row: Row, entry: Entry) => void,
  ) => {
    if (!sheet) return;
    for (const { row, id, index } of rows) {
      const fields = fieldsOf(list, sheet, row, skip);
      const origin = { ...row.place, row: row.row };
      if (index === undefined) {
        const entry: Entry = { id };
        for (const [path, value] of fields) if (value !== undefined) setPath(entry, path, value);
        extra?.(row, entry);
        changes.push({ list, value: ordered(list, entry), origin });
        continue;
      }
      const current = existing[list][index]!;
      const set: [string[], unknown][] = [];
      for (const [path, value] of fields) {
        const now = getPath(current, path);
        const fallback = path.length === 1 ? defaultOf(list, path[0]!) : undefined;
        const unchanged =
          same(now, value) ||
          (now === undefined && same(value, fallback)) ||
          (value === undefined && same(now, fallback));
        if (!unchanged) set.push([path, value]);
      }
      const probe: Entry = {};
      extra?.(row, probe);
      for (const [key, value] of Object.entries(probe)) if (!same(current[key], value)) set.push([[key], value]);
      if (set.length > 0) changes.push({ list, index, set, origin });
    }
  };

  plan('team', sheets.team, team, ['id']);
  plan('units', sheets.units, units, ['id']);
  // A person's 部门 may create a unit; their 层级 is the unit's layer, checked row by row.
  const personUnit = new Map<Row, string | undefined>();
  for (const { row } of people) {
    const cell = row.cells.get('unit');
    if (!cell) continue;
    const unit = unitIdOf(row, cell);
    personUnit.set(row, unit);
    const layerCell = row.cells.get('layer');
    if (unit === undefined || layerCell?.value === undefined) {
      if (unit !== undefined) newUnits.get(unit)?.rows.push(row);
      continue;
    }
    const layer = String(layerCell.value);
    const first = unitLayers.get(unit);
    if (first && first.layer !== layer) {
      problems.push(
        at(
          row,
          layerCell,
          say().layerConflict({ unit: cell.value as string, row: first.row, layer: layerWord(first.layer) }),
        ),
      );
    } else if (!first) unitLayers.set(unit, { layer, row: row.row });
    newUnits.get(unit)?.rows.push(row);
  }
  plan('people', sheets.people, people, ['id', 'layer', 'unit'], (row, entry) => {
    const unit = personUnit.get(row);
    if (unit !== undefined) entry.unit = unit;
  });

  // Units: new ones from the people sheet, and layers the people sheet sets on existing ones.
  const declaredUnits = new Map(units.map(({ id, row }) => [id, row]));
  for (const [id, { name, rows }] of newUnits) {
    const layer = unitLayers.get(id)?.layer;
    if (layer === undefined) {
      const row = rows[0];
      if (row)
        problems.push(at(row, row.cells.get('layer') ?? row.cells.get('unit'), say().unitWithoutLayer({ unit: name })));
      continue;
    }
    changes.push({ list: 'units', value: { id, name, layer }, origin: { ...rows[0]!.place, row: rows[0]!.row } });
  }
  for (const [id, { layer, row }] of unitLayers) {
    if (newUnits.has(id)) continue;
    const declared = declaredUnits.get(id);
    const declaredLayer = declared?.cells.get('layer')?.value;
    if (declared && declaredLayer !== undefined && declaredLayer !== layer) {
      const person = people.find((entry) => entry.row.row === row)?.row;
      if (person)
        problems.push(
          at(
            person,
            person.cells.get('layer'),
            say().layerConflict({
              unit: String(declared.cells.get('name')?.value),
              row: declared.row,
              layer: layerWord(String(declaredLayer)),
            }),
          ),
        );
      continue;
    }
    const index = existing.units.findIndex((unit) => unit.id === id);
    if (index >= 0 && existing.units[index]!.layer !== layer && !declared) {
      changes.push({ list: 'units', index, set: [[['layer'], layer]], origin: { ...people[0]!.row.place, row } });
    }
  }

  // Relations: matched by who, to whom and what kind.
  let relations = 0;
  const relationSheet = sheets.relationships;
  if (relationSheet) {
    for (const row of relationSheet.rows) {
      const fields = fieldsOf('relationships', relationSheet, row, []);
      const entry: Entry = {};
      for (const [path, value] of fields) if (value !== undefined) setPath(entry, path, value);
      if (entry.from === undefined || entry.to === undefined || entry.kind === undefined) continue;
      relations++;
      const index = existing.relationships.findIndex(
        (relation) => relationshipKey(relation) === relationshipKey(entry),
      );
      const origin = { ...row.place, row: row.row };
      if (index < 0) {
        changes.push({ list: 'relationships', value: ordered('relationships', entry), origin });
        continue;
      }
      const current = existing.relationships[index]!;
      const set = fields.filter(([path, value]) => {
        const now = current[path[0]!];
        const fallback = defaultOf('relationships', path[0]!);
        return !(
          same(now, value) ||
          (now === undefined && same(value, fallback)) ||
          (value === undefined && same(now, fallback))
        );
      });
      if (set.length > 0) changes.push({ list: 'relationships', index, set, origin });
    }
  }

  const added = changes.filter((change) => change.list === 'people' && change.index === undefined).length;
  const updated = changes.filter((change) => change.list === 'people' && change.index !== undefined).length;
  return { changes, problems, counts: { added, updated, relations, members: team.length } };
}

function setPath(entry: Entry, path: readonly string[], value: unknown): void {
  let node = entry;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Entry;
  node[path.at(-1)!] = value;
}
