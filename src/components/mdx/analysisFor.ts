import type { AccountAnalysis } from '../../analysis/analyzeAccount.ts';
import { getAccounts, getAnalysis } from '../../site/data.ts';

/**
 * The analysis of a chapter's sample account, or undefined when the edition being built leaves
 * that account out (the public edition keeps only sanitized cases).
 */
export function analysisFor(id: string): AccountAnalysis | undefined {
  return getAccounts().some((account) => account.id === id) ? getAnalysis(id) : undefined;
}
