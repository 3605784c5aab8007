// The browser for the journeys: Debian's Chromium driven by playwright-core. Nothing is
// downloaded; a missing /usr/bin/chromium is reported plainly.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TRELLIS_E2E_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** launch() gives the browser its own throw-away profile, removed when it closes. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium was not found at ${CHROMIUM_PATH} (set TRELLIS_E2E_CHROMIUM to another path).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

// Sign-in is rate-limited per client address and the API trusts X-Forwarded-For from
// loopback, so every browser context presents as its own client.
let contextCount = 0;
const runOctet = process.pid % 250;

export function nextClientAddress() {
  contextCount += 1;
  return `10.${runOctet}.${Math.floor(contextCount / 250) % 250}.${(contextCount % 250) + 1}`;
}
