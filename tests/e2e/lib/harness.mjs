// A journey's toolkit: browser contexts that present as their own client, a `check` that
// lets the page settle, screenshots it and runs axe, and the record of what was found.
/* global document -- in functions that run in the page */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { knownAxeIssues } from '../known-issues.mjs';
import { nextClientAddress } from './browser.mjs';

export const STEP_TIMEOUT_MS = 15_000;
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const KNOWN = process.env.TRELLIS_E2E_STRICT === '1' ? [] : knownAxeIssues;
/** Which known issues matched in this run, to flag stale entries. */
export const matchedKnownIssues = new Set();

function knownIssueFor(ruleId, node) {
  const target = node.target.join(' ');
  const issue = KNOWN.find((entry) => entry.rule === ruleId && target.includes(entry.target));
  if (issue) matchedKnownIssues.add(issue);
  return issue;
}

/** Counts a page's requests in flight, so a check can wait until the data has arrived. */
function trackRequests(page) {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta) => {
    inFlight = Math.max(0, inFlight + delta);
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return async function quiet(quietMs = 200, timeoutMs = STEP_TIMEOUT_MS) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (inFlight === 0 && Date.now() - lastChange >= quietMs) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`The page still had ${inFlight} request(s) in flight after ${timeoutMs} ms`);
  };
}

export class JourneyContext {
  constructor({ name, browser, baseUrl, screenshotDir }) {
    this.name = name;
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.screenshotDir = screenshotDir;
    this.contexts = [];
    this.pages = [];
    this.steps = [];
    /** Axe violations: { step, id, impact, help, nodes, targets }. */
    this.axe = [];
    /** Problems seen in the browser: uncaught errors and 5xx responses fail the journey. */
    this.pageErrors = [];
    this.consoleErrors = [];
    this.screenshots = [];
    this.stepCount = 0;
    mkdirSync(screenshotDir, { recursive: true });
  }

  /** A new browser context (its own cookies and client address) with one page. */
  async newPage(label = 'user') {
    const address = nextClientAddress();
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
      timezoneId: 'UTC',
      // The theme honours reduced motion: no screenshot or axe run catches a half-faded element.
      reducedMotion: 'reduce',
      extraHTTPHeaders: { 'x-forwarded-for': address },
    });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(30_000);
    this.contexts.push(context);
    const page = await context.newPage();
    page.quiet = trackRequests(page);
    page.label = label;
    page.on('pageerror', (error) => this.pageErrors.push(`[${label}] uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`[${label}] ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 500) {
        this.pageErrors.push(
          `[${label}] HTTP ${response.status()} from ${response.request().method()} ${response.url()}`,
        );
      }
    });
    this.pages.push(page);
    return page;
  }

  /** Waits until the page shows no loading state and its requests have finished. */
  async settle(page) {
    await page.waitForFunction(
      () =>
        !document.querySelector(
          '[aria-busy="true"], [aria-label="Loading Trellis"], .mantine-Button-root[data-loading]',
        ),
      null,
      { timeout: STEP_TIMEOUT_MS },
    );
    await page.quiet();
    await page.evaluate(() => document.fonts?.ready.then(() => undefined));
    // Anything still moving (a transition the theme does not shorten, a notification leaving)
    // would give axe a half-transparent colour; spinners repeat forever and do not count.
    await page.waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
          ),
      null,
      { timeout: STEP_TIMEOUT_MS },
    );
    await page.waitForTimeout(50);
  }

  /** Settles the page, saves `<journey>-<NN>-<step>.png` and runs axe on it. */
  async check(page, step) {
    // The pointer stays where the last click was; park it on the empty foot of the nav so
    // no hover style (e.g. a highlighted table row) leaks into the screenshot or axe.
    await page.mouse.move(5, (page.viewportSize()?.height ?? 800) - 5);
    const t0 = Date.now();
    await this.settle(page);
    const t1 = Date.now();
    this.stepCount += 1;
    const stepName = `${String(this.stepCount).padStart(2, '0')}-${step}`;
    const file = join(this.screenshotDir, `${this.name}-${stepName}.png`);
    await page.screenshot({ path: file, fullPage: true });
    this.screenshots.push(file);
    const t2 = Date.now();

    // Only violations need their full detail; skipping it for passes makes axe much faster.
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    if (process.env.TRELLIS_E2E_TRACE === '1') {
      console.log(`    ${stepName}: settle ${t1 - t0} ms, screenshot ${t2 - t1} ms, axe ${Date.now() - t2} ms`);
    }
    const url = new URL(page.url());
    for (const violation of results.violations) {
      const groups = new Map();
      for (const node of violation.nodes) {
        const known = knownIssueFor(violation.id, node)?.reason ?? null;
        groups.set(known, [...(groups.get(known) ?? []), node]);
      }
      for (const [known, nodes] of groups) {
        this.axe.push({
          step: stepName,
          url: url.pathname + url.search,
          id: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          known,
          nodes: nodes.length,
          targets: nodes.slice(0, 3).map((node) => node.target.join(' ')),
          detail: nodes[0]?.failureSummary?.split('\n').slice(1, 2).join(' ').trim(),
        });
      }
    }
    this.steps.push(stepName);
  }

  blockingAxe() {
    return this.axe.filter((finding) => !finding.known && BLOCKING_IMPACTS.has(finding.impact));
  }

  /** A screenshot of every open page after a failure, for the report. */
  async captureFailure() {
    for (const [index, page] of this.pages.entries()) {
      if (page.isClosed()) continue;
      const file = join(this.screenshotDir, `${this.name}-failure${this.pages.length > 1 ? `-${index + 1}` : ''}.png`);
      try {
        await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
        this.screenshots.push(file);
      } catch {
        // The page may be mid-navigation or gone; the error message says enough.
      }
    }
  }

  async close() {
    await Promise.allSettled(this.contexts.map((context) => context.close()));
  }
}
