/**
 * Which Chromium the end-to-end tests, benchmarks and screenshots drive:
 * $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download if one exists; and the flags every run uses.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own either.
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

/** Flags for a quiet, offline, reproducible headless Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** With these, WebGL is unavailable and TensorFlow.js must fall back to its CPU backend. */
export const NO_WEBGL_ARGS = ['--disable-software-rasterizer', '--disable-gpu'];
