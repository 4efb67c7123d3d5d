/** Labels and links for questions, from the UI dictionary and the edition's accounts. */
import { say, type Strings } from '../client/dom.ts';
import type { UiKey } from './ui.ts';
import type { AccountPageSection, AskedQuestion, TestKind } from '../schemas/quiz.ts';
import { getAccount } from '../site/data.ts';
import { accountHref, personAnchor } from '../site/paths.ts';

/** The heading each section of the account page carries (src/pages/accounts/[id]/index.astro). */
export const ACCOUNT_SECTION_LABELS: Record<AccountPageSection, UiKey> = {
  opportunity: 'account.opportunity',
  maps: 'maps.title',
  flags: 'account.flags',
  coverage: 'account.coverage',
  people: 'account.people',
  'power-interest': 'account.powerInterest',
  man: 'account.man',
  'decision-process': 'account.decisionProcess',
  team: 'account.team',
  information: 'account.information',
};

export const testLabel = (test: TestKind): UiKey => `quiz.test.${test}`;

/** Where a case question sends the reader: the person's row, else the section, else the page. */
export function caseLink(question: AskedQuestion, strings: Strings): { href: string; text: string } | undefined {
  if (question.kind !== 'case') return undefined;
  const account = getAccount(question.account);
  const page = accountHref(account.id);
  const person = question.person ? account.people.find((candidate) => candidate.id === question.person) : undefined;
  if (person) {
    return {
      href: `${page}#${personAnchor(person.id)}`,
      text: say(strings, 'quiz.caseSeePerson', { account: account.name, person: person.name }),
    };
  }
  const section = question.section ?? 'maps';
  return {
    href: `${page}#${section}`,
    text: say(strings, 'quiz.caseSee', {
      account: account.name,
      section: say(strings, ACCOUNT_SECTION_LABELS[section]),
    }),
  };
}
