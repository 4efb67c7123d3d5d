/**
 * Checks every source (case files, scenarios, agendas, question files, chapters, the glossary)
 * when `astro build` or `astro dev` starts, with the same located messages as `npm run validate`,
 * all at once and before any page is rendered.
 *
 * A build with errors prints them and stops: Astro would report an error thrown from this hook
 * as "an unhandled error" with a stack trace, which only hides the messages that matter. The dev
 * server starts anyway and shows the problems in the browser and the terminal until they are
 * fixed (devProblems.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../model/contentRoot.ts';
import { cacheYamlReads } from './buildCache.ts';
import { say } from '../validation/messages.ts';
import { readYamlQuickly } from '../validation/plainYaml.ts';
import { hasErrors } from '../validation/problem.ts';
import { devProblems } from './devProblems.ts';
import { checkSources, logProblems } from './sourceProblems.ts';

export interface SourceValidationOptions {
  /** How a failed build ends the process (tests pass their own). */
  exit?: (code: number) => void;
}

export function sourceValidation({
  exit = (code) => process.exit(code),
}: SourceValidationOptions = {}): AstroIntegration {
  return {
    name: 'kam-workbook:source-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = contentRoot(fileURLToPath(new URL('.', config.root)));
        // Sources read in an earlier build are not parsed again (the pages' reads use it too).
        cacheYamlReads();
        // js-yaml where it reads alike, here only: the browser's bundle keeps one YAML parser.
        readYamlQuickly();
        const problems = checkSources(root);
        logProblems(logger, problems);
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [devProblems({ root, problems, logger })] } });
          return;
        }
        if (hasErrors(problems)) {
          logger.error(say().buildStopped());
          exit(1);
        }
      },
    },
  };
}
