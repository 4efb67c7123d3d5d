/**
 * `astro dev` with a broken source: the server keeps running, every page shows the located
 * problems (as text, and in Vite's error overlay), the terminal lists them, and the site comes
 * back by itself once the files are fixed and saved.
 *
 * Any change under accounts/ or content/ checks the sources again and tells the pages' caches
 * to load again (sourceVersion.ts): without it, an edited case file would show only after a
 * restart, since no page module imports the YAML.
 */
import { relative } from 'node:path';
import type { IncomingMessage } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { escapeHtml } from '../html/escapeHtml.ts';
import { sourcesChanged } from '../model/sourceVersion.ts';
import { messageLocale, say } from '../validation/messages.ts';
import { formatProblem, hasErrors, type Problem } from '../validation/problem.ts';
import { checkSources, errorReport, logProblems } from './sourceProblems.ts';

/** The files `checkSources` reads: case files, scenarios, agendas, questions, chapters, glossary. */
export const isSourceFile = (file: string): boolean => /^(?:accounts|content)\/.+\.(?:ya?ml|mdx)$/.test(file);

/** What Vite's error overlay shows: its message is read as HTML, so every line is escaped. */
export function overlayError(problems: readonly Problem[]) {
  const { heading, lines } = errorReport(problems);
  return {
    name: 'kam-workbook',
    title: heading,
    message: lines.map(escapeHtml).join('<br>'),
    hint: escapeHtml(say().devKeepsRunning()),
    stack: '',
  };
}

/** The page served instead of any page while sources have errors; Vite's client adds the overlay. */
export function problemPage(problems: readonly Problem[], viteClient: string): string {
  const { heading, lines } = errorReport(problems);
  const title = heading.replace(/[:：]$/, '');
  return `<!doctype html>
<html lang="${messageLocale()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${escapeHtml(viteClient)}"></script>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<pre id="source-problems">${lines.map(escapeHtml).join('\n')}</pre>
<p>${escapeHtml(say().devKeepsRunning())}</p>
</main>
</body>
</html>
`;
}

/** How long after the last change to a source the dev server checks the sources again. */
export const CHANGES_SETTLE_MS = 80;

const wantsPage = (request: IncomingMessage) =>
  request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');

export function devProblems(options: {
  root: string;
  problems: Problem[];
  logger: Pick<AstroIntegrationLogger, 'warn' | 'error' | 'info'>;
}): Plugin {
  const { root, logger } = options;
  let problems = options.problems;
  let reported = problems.map(formatProblem).join('\n');
  return {
    name: 'kam-workbook:dev-problems',
    configureServer(server) {
      server.ws.on('vite:client:connect', (_data, client) => {
        if (hasErrors(problems)) client.send({ type: 'error', err: overlayError(problems) });
      });
      // Changes are checked once they settle: a save can arrive as several events (a checkout as
      // many), and the watcher drops an event that follows another within a few milliseconds, so a
      // file checked at its first event may still be empty between its truncation and its write.
      let changed: string[] = [];
      let settling: ReturnType<typeof setTimeout> | undefined;
      const checkChanges = () => {
        const files = changed;
        changed = [];
        const hadErrors = hasErrors(problems);
        problems = checkSources(root);
        sourcesChanged();
        const now = problems.map(formatProblem).join('\n');
        if (now !== reported) logProblems(logger, problems);
        reported = now;
        if (hasErrors(problems)) {
          server.ws.send({ type: 'error', err: overlayError(problems) });
        } else {
          if (hadErrors) logger.info(say().devFixed());
          // Chapters reload through Astro's own content updates; YAML is read by no page module.
          if (hadErrors || files.some((file) => !file.endsWith('.mdx'))) server.ws.send({ type: 'full-reload' });
        }
      };
      server.watcher.on('all', (event, path) => {
        const file = relative(root, path).split('\\').join('/');
        if (!['add', 'change', 'unlink'].includes(event) || !isSourceFile(file)) return;
        changed.push(file);
        clearTimeout(settling);
        settling = setTimeout(checkChanges, CHANGES_SETTLE_MS);
      });
      server.middlewares.use((request, response, next) => {
        if (!hasErrors(problems) || !wantsPage(request)) return next();
        response.statusCode = 500;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(problemPage(problems, `${server.config.base}@vite/client`));
      });
    },
  };
}
