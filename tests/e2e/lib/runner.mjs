// Runs the journeys one after another in one browser, each in its own contexts, and
// returns what happened to each; it never throws for a failing journey.
/* global clearTimeout */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { JourneyContext } from './harness.mjs';

export const JOURNEY_TIMEOUT_MS = 120_000;

export async function loadJourneys(dir, only = []) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.mjs'))
    .sort();
  const journeys = [];
  for (const file of files) {
    const { default: journey } = await import(pathToFileURL(join(dir, file)).href);
    if (!journey?.name || typeof journey.run !== 'function') {
      throw new Error(`${file} must export default { name, title, run(j) }`);
    }
    journeys.push({ ...journey, file });
  }
  if (only.length === 0) return journeys;
  const picked = journeys.filter((journey) =>
    only.some((name) => journey.name.includes(name) || journey.file.includes(name)),
  );
  if (picked.length === 0)
    throw new Error(`No journey matches ${only.join(', ')}; there are ${journeys.map((x) => x.name).join(', ')}`);
  return picked;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOne(journey, { browser, baseUrl, screenshotDir, log }) {
  const j = new JourneyContext({ name: journey.name, browser, baseUrl, screenshotDir });
  const started = Date.now();
  let error = null;
  log(`▶ ${journey.name}: ${journey.title}`);
  try {
    await withTimeout(journey.run(j), JOURNEY_TIMEOUT_MS, `The journey "${journey.name}"`);
  } catch (caught) {
    error = caught;
    await j.captureFailure();
  }
  const problems = [];
  if (error) problems.push(error.message.split('\n')[0]);
  const blocking = j.blockingAxe();
  if (blocking.length) {
    problems.push(
      `${blocking.length} serious/critical axe violation(s): ${[...new Set(blocking.map((v) => v.id))].join(', ')}`,
    );
  }
  if (j.pageErrors.length) problems.push(`Errors in the browser: ${j.pageErrors.join(' | ')}`);
  const result = {
    name: journey.name,
    title: journey.title,
    passed: problems.length === 0,
    problems,
    stack: error?.stack,
    ms: Date.now() - started,
    steps: j.steps,
    axe: j.axe,
    consoleErrors: j.consoleErrors,
    screenshots: j.screenshots,
  };
  await j.close();
  log(
    `${result.passed ? '✔' : '✘'} ${journey.name} ${result.passed ? 'passed' : 'failed'} in ${(result.ms / 1000).toFixed(1)} s (${j.steps.length} checked pages)`,
  );
  for (const problem of problems) log(`    ${problem}`);
  return result;
}

/** Journeys are independent (own contexts, own client addresses), so they may overlap. */
export async function runJourneys({ journeys, baseUrl, screenshotDir, concurrency = 1, log = console.log }) {
  const browser = await launchBrowser();
  const results = new Array(journeys.length);
  let next = 0;
  const worker = async () => {
    while (next < journeys.length) {
      const index = next++;
      results[index] = await runOne(journeys[index], { browser, baseUrl, screenshotDir, log });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, journeys.length)) }, worker));
  } finally {
    await browser.close().catch(() => undefined);
  }
  return results;
}
