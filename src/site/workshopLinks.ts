/**
 * Where an agenda session links to. A link is made only when the target page is built in this
 * edition, so an agenda never points at a missing page (chapters and worksheets are built by
 * other areas and may not exist yet).
 */
import type { Session } from '../schemas/workshop.ts';
import { getAccounts } from './data.ts';
import { accountHref, href } from './paths.ts';
import { findScenario, scenarioHref } from './workshopData.ts';

const pages = Object.keys(import.meta.glob('../pages/**/*.astro'));
const hasPagesUnder = (folder: string) => pages.some((file) => file.startsWith(`../pages/${folder}/`));

export interface SessionLink {
  href: string;
  label: string;
}

/** Links for a session: its chapter, worksheet, scenario and account, where those pages exist. */
export function sessionLinks(session: Session, labels: { worksheet?: string }): SessionLink[] {
  const links: SessionLink[] = [];
  if (session.kind === 'chapter' && hasPagesUnder('chapters')) {
    links.push({ href: href(`/chapters/${session.chapter}/`), label: session.chapter });
  }
  if (session.kind === 'worksheet') {
    // The worksheets area may not build every kind an agenda names: link its index, which exists.
    if (hasPagesUnder('worksheets'))
      links.push({ href: href('/worksheets/'), label: labels.worksheet ?? session.worksheet });
    const account = session.account ? getAccounts().find((candidate) => candidate.id === session.account) : undefined;
    if (account) links.push({ href: accountHref(account.id), label: account.name });
  }
  if (session.kind === 'scenario') {
    const scenario = findScenario(session.scenario);
    if (scenario) links.push({ href: href(scenarioHref(scenario.id)), label: scenario.title });
  }
  return links;
}
