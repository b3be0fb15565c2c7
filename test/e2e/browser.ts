/**
 * Headless Debian Chromium through playwright-core, set up as TOOLCHAIN.md says (launch args, XDG folders in a
 * temp dir), with every request blocked except the pane's own origin and the office.js URL, which the caller
 * serves (a stand-in or the real file). Blocked requests, CSP violations and page errors are collected.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Route } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const OFFICE_JS_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const ROOT = path.join(__dirname, '..', '..');
export const SHOTS = path.join(ROOT, 'test-output', 'e2e');

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  blocked: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** CSP violations reported in the page. */
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

export type OfficeJsHandler = (route: Route, file: string) => Promise<void>;

export async function openSession(origin: string, officeJs: OfficeJsHandler, viewport = { width: 380, height: 900 }): Promise<Session> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annex-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache') },
  });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'vi-VN', serviceWorkers: 'block' });
  const blocked: string[] = [];
  // Playwright tries the route registered last first: block everything, then let through what is allowed.
  await context.route('**/*', (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route(`${origin}/**`, (route) => route.continue());
  await context.route(`${OFFICE_JS_BASE}**`, (route) => officeJs(route, new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '')));
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  return {
    browser,
    context,
    page,
    blocked,
    pageErrors,
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    close: async () => {
      await browser.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
