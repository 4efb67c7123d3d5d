/**
 * The trainee's relationship map as `MapData`, the account subset the map builders draw, so the
 * worksheet's live map comes from the same code as the account maps.
 */
import type { MapData } from '../maps/mapData.ts';
import type { Person, Unit } from '../schemas/account.ts';
import type { RelationshipMapWorksheet } from '../schemas/worksheet.ts';

export function worksheetMapData(worksheet: RelationshipMapWorksheet): MapData {
  // One unit per distinct (unit name, layer); an unnamed unit is the layer itself.
  const units = new Map<string, Unit>();
  const unitOf = (name: string, layer: Unit['layer']) => {
    const key = `${layer}\u0000${name}`;
    let unit = units.get(key);
    if (!unit) {
      unit = { id: `u${units.size + 1}`, name: name || layer, layer };
      units.set(key, unit);
    }
    return unit.id;
  };
  const people: Person[] = worksheet.rows
    .filter((row) => row.name.trim() !== '')
    .map((row) => ({
      id: row.person,
      name: row.name,
      title: row.title,
      unit: unitOf(row.unit.trim(), row.layer),
      placeholder: false,
      dottedLines: [],
      roles: row.roles,
      support: row.support,
      closeness: row.closeness,
      demands: [],
      disc: row.disc,
    }));
  const ids = new Set(people.map((person) => person.id));
  return {
    units: [...units.values()],
    people,
    // A relation whose person was removed is left off rather than drawn to nowhere.
    relationships: worksheet.relations.filter(
      (relation) => relation.from !== relation.to && ids.has(relation.from) && ids.has(relation.to),
    ),
    team: [],
  };
}
