/**
 * Where an agenda session links to. A link is made only when the target page is built in this
 * edition, so an agenda never points at a missing page.
 */
import type { Session } from '../schemas/workshop.ts';
import { chapterHref, worksheetHref } from './contentLinks.ts';
import { getAccounts } from './data.ts';
import { accountHref, href } from './paths.ts';
import { findScenario, scenarioHref } from './workshopData.ts';

const pageFiles = Object.keys(import.meta.glob('../pages/**/*.{astro,ts}'));

export interface SessionLink {
  href: string;
  label: string;
}

/**
 * Links for a session: its chapter (`chapterTitles`: id → title of the chapters built), its
 * worksheet, account and scenario, each only where that page exists in this edition.
 */
export function sessionLinks(
  session: Session,
  labels: { worksheet?: string; chapterTitles: ReadonlyMap<string, string> },
): SessionLink[] {
  const links: SessionLink[] = [];
  if (session.kind === 'chapter') {
    const title = labels.chapterTitles.get(session.chapter);
    if (title) links.push({ href: chapterHref(session.chapter), label: title });
  }
  if (session.kind === 'worksheet') {
    const account = session.account ? getAccounts().find((candidate) => candidate.id === session.account) : undefined;
    const worksheet = worksheetHref(session.worksheet, account?.id, pageFiles);
    if (worksheet) links.push({ href: worksheet, label: labels.worksheet ?? session.worksheet });
    if (account) links.push({ href: accountHref(account.id), label: account.name });
  }
  if (session.kind === 'scenario') {
    const scenario = findScenario(session.scenario);
    if (scenario) links.push({ href: href(scenarioHref(scenario.id)), label: scenario.title });
  }
  return links;
}
