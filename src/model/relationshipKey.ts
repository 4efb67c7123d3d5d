/**
 * How a relation is identified: by its two ends and its kind (its direction and strength may
 * change). What the timeline and the snapshot checks match relations by. Takes raw values too
 * (the checks run before the schema). Apart from the schema, so browser code that replays the
 * history does not pull zod in.
 */
export const relationshipKey = (relation: { from?: unknown; to?: unknown; kind?: unknown }): string =>
  `${String(relation.from)}→${String(relation.to)}:${String(relation.kind)}`;
