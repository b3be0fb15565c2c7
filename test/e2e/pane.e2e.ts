/**
 * The pane as a user drives it, in headless Chromium, with the workbook simulator standing in for Excel
 * (served as office.js): check, select, highlight on/off, summary sheets, template. Screenshots of each step go
 * to test-output/e2e/. Any request outside the pane's origin and office.js fails the run, as does a CSP violation.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openSession, ROOT, shot, type Session } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { sampleSheets, standInConfig, standInScript, withUserFills } from './workbook-input';
import type { StandInConfig } from './harness/office-stand-in';

const DIST = process.env.E2E_DIST || path.join(ROOT, 'dist');
const STAND_IN = path.join(ROOT, 'test-output', 'e2e', 'build', 'office-stand-in.js');

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(DIST);
});
afterAll(() => server?.close());

async function openPane(config: StandInConfig, tab = 'check'): Promise<Session> {
  const script = standInScript(config, STAND_IN);
  const session = await openSession(server.origin, (route, file) =>
    file === 'office.js'
      ? route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: script })
      : route.fulfill({ status: 404, body: '' }),
  );
  await session.page.goto(`${server.origin}/taskpane.html?tab=${tab}`);
  await session.page.getByTestId(`tab-${tab}`).waitFor();
  return session;
}

/** Probes into the simulated workbook (see harness/office-stand-in.ts). */
function probe<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([n, a]) => (window as any).__e2e[n as string](...(a as unknown[])), [name, args] as const) as Promise<T>;
}

async function expectClean(session: Session): Promise<void> {
  expect(session.blocked).toEqual([]);
  await expect(session.violations()).resolves.toEqual([]);
  expect(session.pageErrors).toEqual([]);
}

/** Retries `read` until `check` stops throwing (or the time is up, then throws its last error). */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => void, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      check(await read());
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Lets Fluent's tab indicator and fades finish before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(400);

test('check, select, highlight on and off, summary sheets, template — Lạng Sơn sample', async () => {
  const grids = await sampleSheets('lang-son-par-2026.xlsx');
  const sheet = grids[0]!.sheet;
  const session = await openPane(withUserFills(standInConfig(grids)));
  const { page } = session;
  try {
    await settle(page);
    await shot(page, '01-opened');

    // Kiểm tra: counts and the list.
    await page.getByTestId('run-check').click();
    const verdict = page.getByTestId('check-verdict');
    await verdict.waitFor();
    await expect(verdict.textContent()).resolves.toMatch(/\d+ bảng, 39 nhiệm vụ/);
    await expect(page.getByTestId('severity-counts').textContent()).resolves.toMatch(/Lỗi: \d+.*Cảnh báo: \d+.*Lưu ý: \d+/);
    const rows = page.getByTestId('issue-row');
    expect(await rows.count()).toBeGreaterThan(0);
    await settle(page);
    await shot(page, '02-checked');

    // An issue selects its cell in the workbook.
    const row = rows.nth(Math.min(2, (await rows.count()) - 1));
    const target = { sheet: await row.getAttribute('data-sheet'), address: await row.getAttribute('data-address') };
    await row.click();
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    await eventually(
      () => probe<{ sheet: string; topLeft: string } | null>(page, 'selection'),
      (sel) => expect(sel).toMatchObject({ sheet: target.sheet, topLeft: target.address }),
    );
    await shot(page, '03-issue-selected');

    // Highlights on: flagged cells change colour; off: every fill is the user's again, exactly.
    const before = await probe<Record<string, string>>(page, 'fills', sheet);
    await page.getByTestId('highlight-switch').click();
    await page.getByText(/Đã tô màu \d+ ô/).waitFor();
    const during = await probe<Record<string, string>>(page, 'fills', sheet);
    expect(during).not.toEqual(before);
    const flagged = await page.locator('[data-testid="issue-row"]:not([data-severity="info"])').first().getAttribute('data-address');
    expect(during[flagged!]).toBeDefined();
    expect(during[flagged!]).not.toEqual(before[flagged!]);
    await settle(page);
    await shot(page, '04-highlights-on');
    await page.getByTestId('highlight-switch').click();
    await page.getByText('Đã xóa đánh dấu, trả lại định dạng cũ.').waitFor();
    await expect(probe(page, 'fills', sheet)).resolves.toEqual(before);
    await settle(page);
    await shot(page, '05-highlights-off');

    // Messages on the cells: this host (ExcelApi 1.17) has comments, not notes; off takes every one of them away.
    await page.getByTestId('notes-switch').click();
    await page.getByText(/Đã ghi \d+ bình luận/).waitFor();
    const comments = await probe<Record<string, string>>(page, 'annotations', sheet);
    expect(comments[flagged!]).toMatch(/^comment: Trợ lý Phụ lục \(Annex Assistant\)\n• /);
    await settle(page);
    await shot(page, '05b-comments-on');
    await page.getByTestId('notes-switch').click();
    await page.getByText(/Đã gỡ \d+ bình luận/).waitFor();
    await expect(probe(page, 'annotations', sheet)).resolves.toEqual({});

    // Tổng hợp: new sheets in the workbook, linked from the pane.
    const sheetsBefore = await probe<string[]>(page, 'sheetNames');
    await page.getByTestId('tab-summary').click();
    await page.getByTestId('create-summary').click();
    const result = page.getByTestId('summary-result');
    await result.waitFor({ timeout: 60000 });
    const created = await result.getByRole('listitem').allTextContents();
    expect(created.length).toBeGreaterThan(0);
    const sheetsAfter = await probe<string[]>(page, 'sheetNames');
    expect(sheetsAfter).toEqual([...sheetsBefore, ...created.filter((s) => !sheetsBefore.includes(s))]);
    for (const name of created) expect(sheetsAfter).toContain(name);
    await result.getByRole('button', { name: new RegExp(created[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await eventually(() => probe(page, 'activeSheet'), (active) => expect(active).toBe(created[0]));
    await settle(page);
    await shot(page, '06-summary-created');

    // Mẫu: a new sheet holding the template.
    await page.getByTestId('tab-template').click();
    await page.getByTestId('insert-template').click();
    const inserted = page.getByTestId('template-result');
    await inserted.waitFor();
    const names = await probe<string[]>(page, 'sheetNames');
    const templateSheet = names.find((n) => !sheetsAfter.includes(n));
    expect(templateSheet).toBeDefined();
    await expect(inserted.textContent()).resolves.toContain(templateSheet);
    const values = await probe<unknown[][]>(page, 'values', templateSheet);
    expect(values.flat().some((v) => typeof v === 'string' && /chủ trì/i.test(v))).toBe(true);
    await settle(page);
    await shot(page, '07-template-inserted');

    await expectClean(session);
  } finally {
    await session.close();
  }
});

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only, all sheets of Lai Châu, English, dark theme; settings', async () => {
  const grids = await sampleSheets('lai-chau-par-sipas-2026.xlsx');
  const session = await openPane(standInConfig(grids, { displayLanguage: 'en-US', bodyBackgroundColor: '#262626' }));
  const { page } = session;
  try {
    // Scope by arrow keys in the radio group, Check by Enter.
    await tabTo(page, 'input[type="radio"][value="sheet"]');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('input[type="radio"][value="all"]').isChecked()).resolves.toBe(true);
    await tabTo(page, '[data-testid="run-check"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('check-verdict').waitFor();
    await expect(page.getByTestId('check-verdict').textContent()).resolves.toMatch(/2 tables/);
    // One Tab stop into the list, arrows between rows, Enter selects the cell.
    await tabTo(page, '[data-testid="issue-row"]');
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('[data-testid="issue-row"]:focus');
    const target = { sheet: await focused.getAttribute('data-sheet'), address: await focused.getAttribute('data-address') };
    expect(target).toEqual({
      sheet: await page.getByTestId('issue-row').nth(1).getAttribute('data-sheet'),
      address: await page.getByTestId('issue-row').nth(1).getAttribute('data-address'),
    });
    await page.keyboard.press('Enter');
    await eventually(
      () => probe<{ sheet: string; topLeft: string } | null>(page, 'selection'),
      (sel) => expect(sel).toMatchObject({ sheet: target.sheet, topLeft: target.address }),
    );
    await settle(page);
    await shot(page, '09-dark-english-keyboard');
    await page.getByTestId('tab-settings').click();
    await page.getByLabel('New agency name').fill('Ban Quản lý Khu kinh tế tỉnh');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('save-settings').click();
    await page.getByText('Saved.').waitFor();
    await settle(page);
    await shot(page, '10-dark-settings');
    await expectClean(session);
  } finally {
    await session.close();
  }
});

test('a host below the requirement set gets the clear message instead of the pane', async () => {
  const grids = await sampleSheets('lang-son-par-2026.xlsx');
  const session = await openSession(server.origin, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: standInScript(standInConfig(grids, { excelApi: '1.1' }), STAND_IN) }),
  );
  const { page } = session;
  try {
    await page.goto(`${server.origin}/taskpane.html?tab=check`);
    const message = page.getByTestId('outside-excel');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/chưa hỗ trợ ExcelApi 1\.\d+.*does not support ExcelApi 1\.\d+/);
    await shot(page, '11-old-host');
    await expectClean(session);
  } finally {
    await session.close();
  }
});
