/**
 * Every blank worksheet as a view of one own account: `worksheetOf` projects the record onto a
 * sheet of any kind (the same people on every sheet), `applyWorksheet` writes a changed sheet
 * back. The sheet views stay what they are for accounts; only where their rows come from and go
 * to changes. Pure: no DOM, no storage.
 */
import { INFO_CATEGORIES, SOURCE_METHODS, type Layer } from '../schemas/vocabulary.ts';
import type { AccountInput } from '../schemas/account.ts';
import type { InformationRow, MapRow, Worksheet } from '../schemas/worksheet.ts';
import { WORKSHEET_FORMAT, WORKSHEET_VERSION, type WorksheetKind } from '../schemas/worksheetFormat.ts';
import { presentState } from './present.ts';
import type { OwnAccountRecord } from './record.ts';

type Person = AccountInput['people'][number];
type UnitInput = AccountInput['units'][number];
type RelationshipInput = NonNullable<AccountInput['relationships']>[number];
type SourceMethod = (typeof SOURCE_METHODS)[number];

/** Ids of the units the sheets make for a person whose unit is not named: one per layer. */
const LAYER_UNIT = 'layer-';
export const layerUnitId = (layer: Layer) => `${LAYER_UNIT}${layer}`;
const isLayerUnit = (unit: UnitInput) => unit.id.startsWith(LAYER_UNIT);

export interface ApplyOptions {
  /** Name of the unit that holds people of a layer whose unit is not named yet (the layer's label). */
  layerUnitName: (layer: Layer) => string;
  /** false: people missing from the sheet stay (merging older sheets); true: they were removed. */
  removeMissing?: boolean;
}

/**
 * A sheet of `kind` showing the record: every person present (`presentState`: not who left in a
 * snapshot), in the account's order.
 */
export function worksheetOf(record: OwnAccountRecord, kind: WorksheetKind): Worksheet {
  const { account } = record;
  const { people, relationships } = presentState(account);
  const units = account.units ?? [];
  const common = {
    format: WORKSHEET_FORMAT,
    version: WORKSHEET_VERSION,
    trainee: record.trainee,
    group: record.group,
    savedAt: record.updatedAt,
  } as const;
  const named = (person: Person) => ({ person: person.id, name: person.name, title: person.title });
  switch (kind) {
    case 'man':
      return {
        ...common,
        kind,
        rows: people.map((person) => ({
          ...named(person),
          money: person.man?.money ?? 'unknown',
          authority: person.man?.authority ?? 'unknown',
          need: person.man?.need ?? 'unknown',
          reason: record.manReasons[person.id] ?? '',
        })),
      };
    case 'power-interest':
      return {
        ...common,
        kind,
        rows: people.map((person) => ({ ...named(person), power: person.power, interest: person.interest })),
      };
    case 'relationship-map':
      return {
        ...common,
        kind,
        rows: people.map((person): MapRow => {
          const unit = units.find((candidate) => candidate.id === person.unit);
          return {
            ...named(person),
            unit: unit && !isLayerUnit(unit) ? unit.name : '',
            layer: unit?.layer ?? 'management',
            roles: person.roles ?? [],
            support: person.support ?? 'unknown',
            closeness: person.closeness ?? 0,
            ...(person.disc ? { disc: person.disc } : {}),
            ...(person.reportsTo ? { reportsTo: person.reportsTo } : {}),
          };
        }),
        relations: relationships.map(({ from, to, kind: relationKind, direction, strength }) => ({
          from,
          to,
          kind: relationKind,
          direction: direction ?? 'one-way',
          strength: strength ?? 2,
        })),
      };
    case 'action-plan':
      return {
        ...common,
        kind,
        rows: people.map((person) => {
          const planned = record.actionPlan.find((row) => row.person === person.id);
          return { step: '', owner: '', date: '', objective: '', ...planned, ...named(person) };
        }),
      };
    case 'information':
      return { ...common, kind, rows: checklistOf(record) };
  }
}

/** The five checklist rows: as the sheet left them, or the case file's facts when it has some. */
function checklistOf(record: OwnAccountRecord): InformationRow[] {
  return INFO_CATEGORIES.map((category) => {
    const saved = record.checklist.find((row) => row.category === category);
    if (saved) return saved;
    const items = record.account.information?.[category] ?? [];
    return {
      category,
      found: items.map((item) => item.fact).join('\n'),
      source: items[0]?.source ?? '',
      confidence: '',
      gaps: '',
    };
  });
}

/** The record with a changed sheet written back; the record passed in is not changed. */
export function applyWorksheet(record: OwnAccountRecord, sheet: Worksheet, options: ApplyOptions): OwnAccountRecord {
  const next = structuredClone(record);
  next.trainee = sheet.trainee;
  next.group = sheet.group;
  const account = next.account;
  account.units ??= [];
  account.people ??= [];
  account.relationships ??= [];
  if (sheet.kind === 'information') {
    next.checklist = sheet.rows;
    account.information = informationOf(sheet.rows, account.information);
    return next;
  }

  const unitFor = (name: string, layer: Layer, person?: Person): string => {
    const units = account.units!;
    const trimmed = name.trim();
    if (!trimmed) {
      const id = layerUnitId(layer);
      if (!units.some((unit) => unit.id === id)) units.push({ id, name: options.layerUnitName(layer), layer });
      return id;
    }
    const found =
      units.find((unit) => !isLayerUnit(unit) && unit.name === trimmed && unit.layer === layer) ??
      units.find((unit) => !isLayerUnit(unit) && unit.name === trimmed);
    if (found) {
      found.layer = layer;
      return found.id;
    }
    // Typing a unit's name letter by letter renames the person's own unit instead of making one per letter.
    const own = units.find((unit) => unit.id === person?.unit);
    if (own && !isLayerUnit(own) && !units.some((unit) => unit.parent === own.id)) {
      const sharers = account.people!.filter((other) => other.unit === own.id);
      if (sharers.length === 1 && sharers[0] === person) {
        own.name = trimmed;
        own.layer = layer;
        return own.id;
      }
    }
    const id = nextUnitId(units);
    units.push({ id, name: trimmed, layer });
    return id;
  };

  const onSheet = new Set(sheet.rows.map((row) => row.person));
  // Who left is on no sheet, yet stays in the record: the snapshots that say so need them.
  const present = new Set(presentState(account).people.map((person) => person.id));
  const isPerson = (id: string) => onSheet.has(id) || present.has(id);
  for (const row of sheet.rows) {
    let person = account.people.find((candidate) => candidate.id === row.person);
    if (!person) {
      person = { id: row.person, name: row.name, title: row.title, unit: unitFor('', 'management') };
      account.people.push(person);
    }
    person.name = row.name;
    person.title = row.title;
    if (sheet.kind === 'man') {
      const { money, authority, need, reason } = row as Extract<Worksheet, { kind: 'man' }>['rows'][number];
      person.man = { money, authority, need };
      if (reason) next.manReasons[person.id] = reason;
      else delete next.manReasons[person.id];
    } else if (sheet.kind === 'power-interest') {
      const { power, interest } = row as Extract<Worksheet, { kind: 'power-interest' }>['rows'][number];
      setOrDelete(person, 'power', power);
      setOrDelete(person, 'interest', interest);
    } else if (sheet.kind === 'relationship-map') {
      const mapRow = row as MapRow;
      person.unit = unitFor(mapRow.unit, mapRow.layer, person);
      person.roles = [...mapRow.roles];
      person.support = mapRow.support;
      person.closeness = mapRow.closeness;
      setOrDelete(person, 'disc', mapRow.disc);
      // A manager is someone else on the sheet; a merged older sheet without the column changes nothing.
      if (mapRow.reportsTo !== undefined || options.removeMissing !== false)
        setOrDelete(
          person,
          'reportsTo',
          mapRow.reportsTo && mapRow.reportsTo !== person.id && isPerson(mapRow.reportsTo)
            ? mapRow.reportsTo
            : undefined,
        );
    } else {
      const planRow = row as Extract<Worksheet, { kind: 'action-plan' }>['rows'][number];
      next.actionPlan = next.actionPlan.filter((planned) => planned.person !== person.id);
      if (planRow.step || planRow.owner || planRow.date || planRow.objective) next.actionPlan.push({ ...planRow });
    }
  }
  if (sheet.kind === 'relationship-map') {
    account.relationships = sheet.relations.map((relation): RelationshipInput => {
      const before = record.account.relationships?.find(
        (old) => old.from === relation.from && old.to === relation.to && old.kind === relation.kind,
      );
      return { ...before, ...relation };
    });
  }
  if (options.removeMissing !== false) removePeople(next, (id) => present.has(id) && !onSheet.has(id));
  dropEmptyUnits(account);
  return next;
}

/** Removes people and everything that points at them: relations, plans, reasons, reporting lines. */
function removePeople(record: OwnAccountRecord, gone: (id: string) => boolean): void {
  const account = record.account;
  account.people = (account.people ?? []).filter((person) => !gone(person.id));
  account.relationships = (account.relationships ?? []).filter(
    (relation) => !gone(relation.from) && !gone(relation.to),
  );
  for (const person of account.people) {
    if (person.reportsTo && gone(person.reportsTo)) delete person.reportsTo;
    if (person.dottedLines) person.dottedLines = person.dottedLines.filter((id) => !gone(id));
  }
  record.actionPlan = record.actionPlan.filter((row) => !gone(row.person));
  for (const id of Object.keys(record.manReasons)) if (gone(id)) delete record.manReasons[id];
}

/**
 * Units the sheets made (a layer's stand-in, `u1`, `u2`…) go once no one is in them and no unit
 * sits under them; units from an imported case file stay.
 */
function dropEmptyUnits(account: OwnAccountRecord['account']): void {
  const units = account.units ?? [];
  const used = new Set([...(account.people ?? []).map((person) => person.unit), ...units.map((unit) => unit.parent)]);
  account.units = units.filter((unit) => used.has(unit.id) || !(isLayerUnit(unit) || /^u\d+$/.test(unit.id)));
}

/** One fact per line of "found", for categories with a source method (a case file requires one). */
function informationOf(
  rows: readonly InformationRow[],
  before: OwnAccountRecord['account']['information'],
): NonNullable<OwnAccountRecord['account']['information']> {
  const information: NonNullable<OwnAccountRecord['account']['information']> = { ...before };
  for (const row of rows) {
    const facts = row.found
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    information[row.category] = row.source
      ? facts.map((fact) => ({ fact, source: row.source as SourceMethod }))
      : (before?.[row.category] ?? []);
  }
  return information;
}

function nextUnitId(units: readonly UnitInput[]): string {
  let index = units.length + 1;
  while (units.some((unit) => unit.id === `u${index}`)) index++;
  return `u${index}`;
}

function setOrDelete<K extends 'power' | 'interest' | 'disc' | 'reportsTo'>(
  person: Person,
  field: K,
  value: Person[K],
): void {
  if (value === undefined) delete person[field];
  else person[field] = value;
}
