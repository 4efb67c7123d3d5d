/**
 * The public edition's PII gate, as an Astro integration. Before any page is built it scans the
 * source files of every account that asks to be public and sanitized, and stops on any hit;
 * after the build it scans every file written (HTML, JSON, the search index, sitemaps, SVG) and
 * stops on any hit. Both lists are located and masked. Accounts the gate keeps out are named
 * with the reason, and hand edits since sanitizing are reported.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../model/contentRoot.ts';
import { featuresOf, type Edition } from '../model/edition.ts';
import { gateDecisions } from '../sanitize/gateFiles.ts';
import { formatHit, listScannable, loadScanRules, scanFiles } from '../sanitize/scan.ts';
import { say } from '../validation/messages.ts';

/** Built files that carry content: third-party scripts and styles are not scanned. */
const OUTPUT = /\.(html?|json|xml|txt|svg|webmanifest)$/i;

export function publishGate(edition: Edition): AstroIntegration {
  let root = contentRoot();
  return {
    name: 'kam-workbook:publish-gate',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        if (!featuresOf(edition).publishGate) return;
        root = contentRoot(fileURLToPath(new URL('.', config.root)));
        const rules = loadScanRules(root);
        if (rules.problems.length > 0)
          throw new Error(say().gateAllowListBroken({ problems: rules.problems.join('\n') }));
        const decisions = [...gateDecisions(root, rules).values()];
        const candidates = decisions.filter(
          (decision) => !decision.reasons.includes('internal') && !decision.reasons.includes('not-sanitized'),
        );
        const hits = candidates.flatMap((decision) => decision.hits);
        if (hits.length > 0) {
          throw new Error(say().gateSourceHits({ count: hits.length, located: hits.map(formatHit).join('\n') }));
        }
        for (const decision of candidates) {
          if (!decision.publishable) {
            const reasons = decision.reasons.map((reason) => say().gateReason({ gateReason: reason }));
            logger.warn(say().gateNotPublished({ id: decision.accountId, reasons }));
          } else if (decision.edited.length > 0) {
            logger.warn(say().gateEdited({ id: decision.accountId, edited: decision.edited }));
          } else {
            logger.info(say().gatePublished({ id: decision.accountId }));
          }
        }
      },
      'astro:build:done': ({ dir }) => {
        if (!featuresOf(edition).publishGate) return;
        const out = fileURLToPath(dir);
        const rules = loadScanRules(root);
        const files = listScannable([out]).filter((path) => OUTPUT.test(path));
        const hits = scanFiles(root, files, rules);
        if (hits.length > 0) {
          throw new Error(say().gateOutputHits({ count: hits.length, located: hits.map(formatHit).join('\n') }));
        }
      },
    },
  };
}
