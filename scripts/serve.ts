/**
 * Serves a built edition as a static site (what a trainer's web host does), for the browser
 * tests, the bench and handouts. Astro's own preview allows one server per project; the tests
 * need the trainee and trainer editions side by side.
 *
 *   node scripts/serve.ts <dir> <port> [basePath]      (port 0: any free port, printed)
 *
 * `npm run serve` runs it with `exec`, so the server is npm's own child and stops with it: Ctrl-C
 * or a SIGTERM to npm ends it instead of leaving it serving behind an exited shell.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

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
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Text goes out gzipped when the browser accepts it, as every web host sends it: page weight
    // and Lighthouse then measure what readers download.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipSync(readFileSync(path)));
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.main) {
  const [dir = 'dist', port = '4321', basePath = '/'] = process.argv.slice(2);
  const server = await serveStatic(dir, Number(port), basePath);
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Serving ${dir} at http://127.0.0.1:${listening}${basePath}`);
  const stop = () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  // Whoever started us is gone (killed outright, so it could not pass a signal on): stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 1000).unref();
}
