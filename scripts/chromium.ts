/**
 * The Chromium the build (map prerendering), browser tests, bench and handouts use. `scripts/ensure-chromium.sh` finds or
 * installs it and exports CHROMIUM_PATH; this module only reads that choice.
 */
import { execFileSync } from 'node:child_process';

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

let cached: string | undefined;

export function chromiumPath(): string {
  cached ??=
    process.env.CHROMIUM_PATH || execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
  return cached;
}
