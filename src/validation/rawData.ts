/**
 * Reading raw parsed YAML defensively, so rules run even when the schema found problems too
 * and a trainer sees every problem of a file in one pass.
 */
export type Entry = Record<string, unknown>;

export const asEntry = (value: unknown): Entry =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Entry) : {};
export const asEntries = (value: unknown): Entry[] => (Array.isArray(value) ? value.map(asEntry) : []);
export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
