/**
 * Where the case files and content of the site being built live. Normally the project itself;
 * `KAM_CONTENT_ROOT` names another folder of the same shape (`accounts/`, `content/`), such as
 * the tests' small fixture site, so the same code builds it without the sample accounts.
 */
import { resolve } from 'node:path';

export const CHAPTERS_DIR = 'content/chapters';
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** The content root: `KAM_CONTENT_ROOT` resolved against the project, or the project itself. */
export function contentRoot(projectRoot: string = process.cwd()): string {
  const override = process.env.KAM_CONTENT_ROOT;
  return override ? resolve(projectRoot, override) : projectRoot;
}
