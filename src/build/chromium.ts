/**
 * The one Chromium lookup: the build-time map renderer, the browser tests, the bench and the
 * handouts all ask here. Order: $CHROMIUM_PATH, Playwright's own Chromium, a `chromium` or
 * `chromium-browser` on PATH. `chromiumPath()` goes one step further for the tests and handouts:
 * when nothing is found it runs `scripts/install-chromium.sh` (Debian's chromium and CJK fonts
 * as root, or the one command to run).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags this machine needs: no sandbox as root, and no background calls to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const executable = (path: string | undefined): path is string => {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function playwrightsOwn(): string | undefined {
  try {
    const playwright = createRequire(import.meta.url)('playwright-core') as {
      chromium: { executablePath(): string };
    };
    return playwright.chromium.executablePath();
  } catch {
    return undefined;
  }
}

function onPath(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** A Chromium already on this machine, or undefined. Installs nothing. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, playwrightsOwn(), onPath()].find(executable);
}

let cached: string | undefined;

/** A Chromium for the tests and handouts: found, or installed when that is possible. */
export function chromiumPath(): string {
  cached ??=
    findChromium() ??
    execFileSync('bash', ['scripts/install-chromium.sh'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  return cached;
}
