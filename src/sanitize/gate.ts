/**
 * The publish gate: may this account enter the public edition? Only when it is public, marked
 * sanitized, written by the sanitizer (its record is there) and its source files pass the scan.
 * A hand edit since sanitizing is allowed with a clean scan, and reported. Pure: the caller
 * reads the files (`gateFiles.ts`).
 */
import type { ScanHit } from './scan.ts';
import { editedFiles, parseRecord } from './record.ts';

export const GATE_REASONS = ['internal', 'not-sanitized', 'no-record', 'scan-hits'] as const;
export type GateReason = (typeof GATE_REASONS)[number];

export interface GateDecision {
  accountId: string;
  publishable: boolean;
  /** Why not: every reason at once, so one look says what is left to do. */
  reasons: GateReason[];
  /** Files edited by hand since the sanitizer wrote them (publishable only with a clean scan). */
  edited: string[];
  hits: ScanHit[];
}

export interface GateInput {
  accountId: string;
  confidentiality: string;
  sanitized: boolean;
  /** The account's source files, by path inside its folder (account.yaml, scenarios/x.yaml). */
  files: Record<string, string>;
  /** Text of sanitize-record.json, if any. */
  recordText?: string;
  hits: ScanHit[];
}

export function publishDecision(input: GateInput): GateDecision {
  const reasons: GateReason[] = [];
  if (input.confidentiality !== 'public') reasons.push('internal');
  if (!input.sanitized) reasons.push('not-sanitized');
  const record = input.recordText === undefined ? undefined : parseRecord(input.recordText);
  if (!record) reasons.push('no-record');
  if (input.hits.length > 0) reasons.push('scan-hits');
  return {
    accountId: input.accountId,
    publishable: reasons.length === 0,
    reasons,
    edited: record ? editedFiles(record, input.files) : [],
    hits: input.hits,
  };
}
