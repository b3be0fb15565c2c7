/**
 * The real office.js (from @microsoft/office-js, served in place of Microsoft's CDN) loaded outside Excel: the
 * pane shows the clear "open in Excel" message, asks nothing of any other origin and breaks no CSP rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openSession, ROOT, shot, type Session } from './browser';
import { serveStatic, type StaticServer } from './static-server';

const DIST = process.env.E2E_DIST || path.join(ROOT, 'dist');
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

let server: StaticServer;
let session: Session;
const officeFiles: string[] = [];
const missing: string[] = [];

beforeAll(async () => {
  server = await serveStatic(DIST);
  session = await openSession(server.origin, async (route, file) => {
    officeFiles.push(file);
    const full = path.resolve(OFFICE_DIST, file);
    if (!full.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(full)) {
      missing.push(file);
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fs.readFileSync(full) });
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('outside Excel the pane says to open it in Excel, in both languages', async () => {
  const { page } = session;
  await page.goto(`${server.origin}/taskpane.html?tab=check`);
  const message = page.getByTestId('outside-excel');
  await message.waitFor({ timeout: 30000 });
  await expect(message.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hãy mở trong Excel / Open this in Excel');
  await expect(message.textContent()).resolves.toContain('Open the workbook in Excel');
  await expect(page.getByTestId('run-check').count()).resolves.toBe(0);
  await shot(page, '08-outside-excel');
  // office.js fetches its helpers (e.g. o15apptofilemappingtable.js) next to itself; all of them are there.
  expect(officeFiles[0]).toBe('office.js');
  expect(missing).toEqual([]);
  expect(session.blocked).toEqual([]);
  await expect(session.violations()).resolves.toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
