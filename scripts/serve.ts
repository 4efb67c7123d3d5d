/**
 * Serves a built edition as a static site (what a trainer's web host does), for the browser
 * tests, the bench and handouts. Astro's own preview allows one server per project; the tests
 * need the trainee and trainer editions side by side.
 *
 *   node scripts/serve.ts <dir> <port> [basePath]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

function fileFor(root: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, clean);
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(path).isFile()) return path;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export function serveStatic(dir: string, port: number, basePath = '/'): Promise<Server> {
  const root = resolve(dir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end('Not found');
      return;
    }
    const path = fileFor(root, url.pathname.slice(base.length - 1));
    if (!path) {
      const notFound = fileFor(root, '/404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const [dir = 'dist', port = '4321', basePath = '/'] = process.argv.slice(2);
  await serveStatic(dir, Number(port), basePath);
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${basePath}`);
}
