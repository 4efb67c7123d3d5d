/**
 * The one door through which pages get account data: validated, filtered for the edition, and
 * analysed once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAccount, type AccountAnalysis } from '../analysis/analyzeAccount.ts';
import { selfCheckFilesOf } from '../assessment/load.ts';
import { referenceDate } from '../analysis/dates.ts';
import { citedAccountIds, pageCacheKey, treeDigest } from '../build/pageCacheKey.ts';
import { localeFromEnv } from '../i18n/ui.ts';
import { applyEdition, editionFromEnv, featuresOf, type Edition } from '../model/edition.ts';
import { contentRoot } from '../model/contentRoot.ts';
import { loadAllAccounts } from '../model/loadAccounts.ts';
import { perSourceVersion } from '../model/sourceVersion.ts';
import type { Account } from '../schemas/account.ts';
import type { GateDecision } from '../sanitize/gate.ts';
import { gateDecisions } from '../sanitize/gateFiles.ts';
import { loadScanRules } from '../sanitize/scan.ts';

export const edition: Edition = editionFromEnv(process.env.EDITION);
/** What this edition contains (answer keys, debrief, facilitator mode…): pages read this. */
export const features = featuresOf(edition);

/** The publish gate's decision per account id (public and trainer editions read it). */
export const getPublishDecisions = perSourceVersion((): Map<string, GateDecision> =>
  gateDecisions(contentRoot(), loadScanRules(contentRoot())),
);

export const getAccounts = perSourceVersion((): Account[] => {
  const publishable = features.publishGate
    ? new Set([...getPublishDecisions().values()].filter((d) => d.publishable).map((d) => d.accountId))
    : undefined;
  return applyEdition(loadAllAccounts(), edition, publishable).sort((a, b) => a.id.localeCompare(b.id));
});

const analyses = perSourceVersion(() => new Map<string, AccountAnalysis>());

export function getAccount(id: string): Account {
  const account = getAccounts().find((candidate) => candidate.id === id);
  if (!account) {
    const known = getAccounts()
      .map((candidate) => candidate.id)
      .join(', ');
    throw new Error(`No account "${id}" in the ${edition} edition (known: ${known})`);
  }
  return account;
}

export function getAnalysis(id: string): AccountAnalysis {
  let analysis = analyses().get(id);
  if (!analysis) {
    analysis = analyzeAccount(getAccount(id));
    analyses().set(id, analysis);
  }
  return analysis;
}

/** Every file of the content folder, read once per version of the sources (see pageCacheKey.ts). */
const contentDigest = perSourceVersion(() => treeDigest(join(contentRoot(), 'content')));

/**
 * What a page shows of one account: the account as the edition filtered it and the date its
 * analysis speaks from, digested once per account (an account has six pages, and a chapter may
 * cite it too).
 */
const accountDigests = perSourceVersion(() => new WeakMap<Account, string>());
export function accountCacheDigest(account: Account): string {
  let digest = accountDigests().get(account);
  if (digest === undefined) {
    digest = pageCacheKey(account, referenceDate(account));
    accountDigests().set(account, digest);
  }
  return digest;
}

const pageCacheKeyOf = (...parts: unknown[]) =>
  pageCacheKey(edition, localeFromEnv(process.env.UI_LOCALE), contentDigest(), ...parts);

/**
 * The incremental build's key of a page that shows `account` (or no account: a blank
 * worksheet): the same key, and the same page code, means the same HTML as the last build.
 */
export function pageCacheKeyFor(account?: Account): string {
  // Cheap: the account's digest is kept (accountCacheDigest), the rest is a few short strings.
  return pageCacheKeyOf(account && accountCacheDigest(account));
}

/** What a chapter page reads besides the content digest: its MDX and its frontmatter's account. */
export interface ChapterSource {
  id: string;
  body?: string;
  data: { account?: string };
}

/**
 * The key of a page that renders chapters (a chapter, its slides, the book): the content and
 * every account the chapters' sources cite (pageCacheKey.ts), `null` for one the edition leaves out.
 */
export function chapterCacheKeyFor(chapters: readonly ChapterSource[]): string {
  const texts = chapters.flatMap((chapter) => [
    chapter.body ?? '',
    chapter.data.account ? `account: ${chapter.data.account}` : '',
    ...selfCheckTexts(chapter.id),
  ]);
  const cited = citedAccountIds(texts);
  const accounts = getAccounts();
  if (cited === 'all') return pageCacheKeyOf(accounts.map(accountCacheDigest));
  return pageCacheKeyOf(
    cited.sort().map((id) => {
      const account = accounts.find((candidate) => candidate.id === id);
      return [id, account ? accountCacheDigest(account) : null];
    }),
  );
}

/** The text of a chapter's self-check file, whose case questions name accounts. */
const selfCheckTexts = (chapterId: string): string[] =>
  selfCheckFilesOf(contentRoot(), chapterId).map((path) => readFileSync(path, 'utf8'));
