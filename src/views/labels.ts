/** Display labels for model values: one place, shared by tables, maps and search. */
import type { Person, Support } from '../schemas/account.ts';
import {
  CLOSENESS_LABELS,
  LAYER_LABELS,
  ROLE_LABELS,
  SUPPORT_LABELS,
  type ClosenessLevel,
  type RoleValue,
} from '../schemas/vocabulary.ts';

export function supportLabel(support: Support): string {
  if (support === 'unknown') return SUPPORT_LABELS.unknown;
  const sign = support > 0 ? '+' : '';
  return `${sign}${support} ${SUPPORT_LABELS[support]}`;
}

/** A CSS modifier, so colour is never the only signal: the label always says it too. */
export function supportTone(support: Support): 'positive' | 'negative' | 'neutral' | 'unknown' {
  if (support === 'unknown') return 'unknown';
  if (support > 0) return 'positive';
  return support < 0 ? 'negative' : 'neutral';
}

export const closenessLabel = (closeness: ClosenessLevel) => `${closeness} ${CLOSENESS_LABELS[closeness]}`;

export const roleLabel = (role: RoleValue) =>
  role === 'unknown' ? ROLE_LABELS.unknown : `${role} ${ROLE_LABELS[role]}`;

export const layerLabel = LAYER_LABELS;

export function personDisplayName(person: Person): string {
  return person.placeholder ? `${person.name}（待确认）` : person.name;
}
