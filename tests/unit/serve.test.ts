/** The static server: gzip like a web host, and `npm run serve` ends with npm (Ctrl-C, SIGTERM). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.ts';

let site: string | undefined;
afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

const reachable = (url: string) =>
  fetch(url).then(
    (response) => response.status,
    () => 'refused' as const,
  );

async function stopsServing(signal: NodeJS.Signals) {
  site = mkdtempSync(join(tmpdir(), 'kam-serve-'));
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>t</title>');
  const npm = spawn('npm', ['run', 'serve', '--', site, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    npm.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Serving .* at (http:\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    npm.on('exit', () => reject(new Error(`npm run serve ended early: ${out}`)));
  });
  expect(await reachable(url)).toBe(200);
  const ended = new Promise((resolve) => npm.on('exit', resolve));
  npm.kill(signal);
  await ended;
  // The server process may need a moment after npm is gone.
  for (let attempt = 0; attempt < 20 && (await reachable(url)) !== 'refused'; attempt++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await reachable(url)).toBe('refused');
}

describe('npm run serve', () => {
  it('stops serving when npm gets SIGTERM', { timeout: 30_000 }, () => stopsServing('SIGTERM'));
  it('stops serving on Ctrl-C (SIGINT)', { timeout: 30_000 }, () => stopsServing('SIGINT'));
});

describe('the static server', () => {
  it('sends text gzipped when the browser accepts it, and as is otherwise', async () => {
    site = mkdtempSync(join(tmpdir(), 'kam-serve-'));
    const html = `<!DOCTYPE html><title>t</title><p>${'大客户'.repeat(500)}</p>`;
    writeFileSync(join(site, 'index.html'), html);
    const server = await serveStatic(site, 0);
    try {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
      const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(await zipped.text()).toBe(html);
      const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(html);
    } finally {
      server.close();
    }
  });
});
