/**
 * Reads what the publish gate needs for every case file of a project: the account's files, its
 * sanitizer record and the scan of its sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { findCaseFiles } from '../model/loadAccounts.ts';
import { findScenarioFiles } from '../workshops/load.ts';
import { publishDecision, type GateDecision } from './gate.ts';
import { RECORD_FILE } from './record.ts';
import { scanText, type ScanRules } from './scan.ts';
import { readYamlSource } from '../validation/yamlSource.ts';

export function gateDecisions(root: string, rules: ScanRules): Map<string, GateDecision> {
  const decisions = new Map<string, GateDecision>();
  const scenarioFiles = findScenarioFiles(root);
  for (const caseFile of findCaseFiles(root)) {
    const text = readFileSync(caseFile, 'utf8');
    const data = (readYamlSource(caseFile, text).data ?? {}) as {
      id?: unknown;
      confidentiality?: unknown;
      sanitized?: unknown;
    };
    if (typeof data.id !== 'string') continue; // validation reports it, a text that does not read as YAML too
    const inFolder = /^account\.ya?ml$/.test(basename(caseFile));
    const folder = dirname(caseFile);
    const files: Record<string, string> = { [basename(caseFile)]: text };
    if (inFolder) {
      for (const scenario of scenarioFiles.filter((path) => dirname(dirname(path)) === folder)) {
        files[relative(folder, scenario)] = readFileSync(scenario, 'utf8');
      }
    }
    const recordPath = join(folder, RECORD_FILE);
    const hits = Object.entries(files).flatMap(([path, fileText]) =>
      scanText(relative(root, join(folder, path)), fileText, rules),
    );
    decisions.set(
      data.id,
      publishDecision({
        accountId: data.id,
        confidentiality: String(data.confidentiality ?? 'internal'),
        sanitized: data.sanitized === true,
        files,
        ...(inFolder && existsSync(recordPath) ? { recordText: readFileSync(recordPath, 'utf8') } : {}),
        hits,
      }),
    );
  }
  return decisions;
}
