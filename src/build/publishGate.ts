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
import { GATE_REASON_TEXT } from '../sanitize/gate.ts';
import { formatHit, listScannable, loadScanRules, scanFiles } from '../sanitize/scan.ts';

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
        if (rules.problems.length > 0) throw new Error(`放行清单有误：\n${rules.problems.join('\n')}`);
        const decisions = [...gateDecisions(root, rules).values()];
        const candidates = decisions.filter(
          (decision) => !decision.reasons.includes('internal') && !decision.reasons.includes('not-sanitized'),
        );
        const hits = candidates.flatMap((decision) => decision.hits);
        if (hits.length > 0) {
          throw new Error(
            `公开版构建已停止：标为公开且已脱敏的案例中发现 ${hits.length} 处疑似个人信息（npm run scan 可复查；误报请写入 scan-allow.yaml 并注明理由）：\n${hits.map(formatHit).join('\n')}`,
          );
        }
        for (const decision of candidates) {
          if (!decision.publishable) {
            logger.warn(
              `${decision.accountId}：不发布（${decision.reasons.map((reason) => GATE_REASON_TEXT[reason]).join('；')}）`,
            );
          } else if (decision.edited.length > 0) {
            logger.warn(
              `${decision.accountId}：脱敏后有手工修改（${decision.edited.join('、')}），重新扫描已通过，予以发布`,
            );
          } else {
            logger.info(`${decision.accountId}：由脱敏工具生成，扫描通过，予以发布`);
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
          throw new Error(
            `公开版构建已停止：输出文件中发现 ${hits.length} 处疑似个人信息，请勿发布这一版：\n${hits.map(formatHit).join('\n')}`,
          );
        }
      },
    },
  };
}
