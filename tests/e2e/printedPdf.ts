/** Runs `npm run handouts` and reads the PDFs it writes back as text (poppler's pdftotext). */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { contentRoot } from '../../src/model/contentRoot.ts';
import { findCaseFiles, validateFiles } from '../../src/model/loadAccounts.ts';
import { validateWorkshopContent } from '../../src/workshops/load.ts';

/** The scenarios and agendas of a content root (the project's by default), as the handouts command reads them. */
export function workshopContent(root = contentRoot()) {
  return validateWorkshopContent(root, validateFiles(root, findCaseFiles(root)).known);
}

/** Runs the handouts command into a fresh `out` folder; fails with its output when it fails. */
export function runHandouts(out: string, args: string[], env: Record<string, string> = {}) {
  rmSync(out, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['scripts/handouts.ts', ...args, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`handouts ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The text of each page, in order, laid out as printed (`scripts/ensure-poppler.sh` installs pdftotext). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** For comparing with the source text: pdftotext breaks lines where the page did. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
