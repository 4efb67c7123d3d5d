import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/build/chromium.ts';

describe('the one Chromium lookup', () => {
  let dir: string;
  const saved = process.env.CHROMIUM_PATH;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kam-chromium-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('takes CHROMIUM_PATH first when it names an executable', () => {
    const chromium = join(dir, 'chrome');
    writeFileSync(chromium, '#!/bin/sh\n');
    chmodSync(chromium, 0o755);
    process.env.CHROMIUM_PATH = chromium;
    expect(findChromium()).toBe(chromium);
  });

  it('passes over a CHROMIUM_PATH that is missing or not executable, and installs nothing', () => {
    const notExecutable = join(dir, 'chrome');
    writeFileSync(notExecutable, '');
    for (const path of [notExecutable, join(dir, 'missing')]) {
      process.env.CHROMIUM_PATH = path;
      expect(findChromium()).not.toBe(path);
    }
  });
});
