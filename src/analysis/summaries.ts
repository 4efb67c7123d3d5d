/** Layer and unit summaries: how many people, which roles, how they lean. */
import type { AccountModel } from '../model/accountModel.ts';
import { isOpposed, isSupportive } from '../model/accountModel.ts';
import type { Person, Unit } from '../schemas/account.ts';
import { BUYING_ROLES, LAYERS, type BuyingRole, type Layer } from '../schemas/vocabulary.ts';

export interface GroupSummary {
  people: Person[];
  roles: Record<BuyingRole, number>;
  supportive: number;
  opposed: number;
  unknownSupport: number;
}

function summarise(people: Person[]): GroupSummary {
  const roles = Object.fromEntries(BUYING_ROLES.map((role) => [role, 0])) as Record<BuyingRole, number>;
  for (const person of people) for (const role of BUYING_ROLES) if (person.roles.includes(role)) roles[role]++;
  return {
    people,
    roles,
    supportive: people.filter(isSupportive).length,
    opposed: people.filter(isOpposed).length,
    unknownSupport: people.filter((person) => person.support === 'unknown').length,
  };
}

export interface LayerSummary extends GroupSummary {
  layer: Layer;
  units: Unit[];
}

export function layerSummaries(model: AccountModel): LayerSummary[] {
  return LAYERS.map((layer) => ({
    layer,
    units: model.account.units.filter((unit) => unit.layer === layer),
    ...summarise(model.account.people.filter((person) => model.layerOf(person) === layer)),
  }));
}

export interface UnitSummary extends GroupSummary {
  unit: Unit;
}

export function unitSummaries(model: AccountModel): UnitSummary[] {
  return model.account.units.map((unit) => ({
    unit,
    ...summarise(model.account.people.filter((person) => person.unit === unit.id)),
  }));
}
