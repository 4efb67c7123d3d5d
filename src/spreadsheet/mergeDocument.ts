/**
 * Writes an import plan into a case file through the `yaml` Document API, so every comment and
 * every field the spreadsheet does not name stays as the trainer wrote it. A changed scalar keeps
 * its node (and the comment on its line); new entries are appended in the file's own style.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { ImportPlan } from './importSheets.ts';

/** Lists the samples write inline (`roles: [EB, TB]`, `man: { money: yes, … }`). */
const FLOW_FIELDS = new Set(['roles', 'dottedLines', 'man']);

function nodeFor(doc: Document, key: string | undefined, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  if (key !== undefined && FLOW_FIELDS.has(key) && (isSeq(node) || isMap(node))) node.flow = true;
  if (isMap(node)) {
    for (const pair of node.items) {
      const field = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (field !== undefined && FLOW_FIELDS.has(field) && (isSeq(pair.value) || isMap(pair.value)))
        pair.value.flow = true;
    }
  }
  return node;
}

export function applyPlan(doc: Document, plan: ImportPlan): void {
  for (const change of plan.changes) {
    let list = doc.get(change.list, true);
    if (!isSeq(list)) {
      list = doc.createNode([]);
      doc.set(change.list, list);
    }
    if (!isSeq(list)) continue;
    if (change.index === undefined) {
      list.flow = false;
      list.items.push(nodeFor(doc, undefined, change.value));
      continue;
    }
    for (const [path, value] of change.set ?? []) {
      const full = [change.list, change.index, ...path];
      if (value === undefined) {
        doc.deleteIn(full);
        removeEmptyParents(doc, full);
        continue;
      }
      const current = doc.getIn(full, true);
      if (isScalar(current) && (value === null || typeof value !== 'object')) current.value = value;
      else doc.setIn(full, nodeFor(doc, String(path.at(-1)), value));
    }
  }
}

/** `motives: {}` left behind when its last motive is removed goes too. */
function removeEmptyParents(doc: Document, path: readonly (string | number)[]): void {
  for (let length = path.length - 1; length > 2; length--) {
    const parent = doc.getIn(path.slice(0, length), true);
    if (isMap(parent) && parent.items.length === 0) doc.deleteIn(path.slice(0, length));
    else return;
  }
}

/**
 * The text of a case file as the samples are formatted: no line folding, `[EB, TB]` without
 * padding inside brackets but `{ money: yes }` with it (the yaml library pads both or neither).
 */
export function caseFileText(doc: Document): string {
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).split('\n').map(unpadFlowSequences).join('\n');
}

/** `roles: [ EB ]` → `roles: [EB]` on a line whose value is a flow collection, quoted text untouched. */
function unpadFlowSequences(line: string): string {
  const start = /^\s*(?:- )*(?:[\w-]+: )?(?=[[{])/.exec(line);
  if (!start) return line;
  let out = line.slice(0, start[0].length);
  let quote: string | undefined;
  for (let i = start[0].length; i < line.length; i++) {
    const char = line[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ' ' && (line[i - 1] === '[' || line[i + 1] === ']')) continue;
    out += char;
  }
  return out;
}

export const parseCaseFile = (text: string): Document => parseDocument(text);
