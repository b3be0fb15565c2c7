/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { fakeUseCases, sampleReport } from './fakes';
import { byText, click, render, settle, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function openCheck(useCases = fakeUseCases()) {
  view = await render(<App useCases={useCases} displayLanguage="vi-VN" builtInAgencies={['Sở Nội vụ']} />);
  await settle();
  return { useCases, root: view.container };
}

test('runs the check on the chosen scope and shows counts by severity and the list grouped by code', async () => {
  const { useCases, root } = await openCheck();
  await click(byText(root, 'label', 'Tất cả trang tính'));
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(useCases.validate).toHaveBeenCalledWith('all', expect.any(Function));
  expect(root.querySelector('[data-testid="check-verdict"]')?.textContent).toContain('Có 2 lỗi cần sửa');
  expect(root.querySelector('[data-testid="check-verdict"]')?.textContent).toContain('1 bảng, 39 nhiệm vụ');
  const counts = root.querySelector('[data-testid="severity-counts"]')?.textContent;
  expect(counts).toContain('Lỗi: 2');
  expect(counts).toContain('Cảnh báo: 1');
  expect(counts).toContain('Lưu ý: 1');
  const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
  expect(headings[0]).toContain('Thiếu cơ quan chủ trì');
  expect(headings).toHaveLength(3);
  const rows = root.querySelectorAll('[data-testid="issue-row"]');
  expect(rows).toHaveLength(4);
  expect(rows[0]?.textContent).toMatch(/^'Phụ lục I'!C12 — Nhiệm vụ chưa có cơ quan chủ trì/);
  expect(root.textContent).toContain('Không có bảng phụ lục: Ghi chú');
});

test('a row selects its cell; a row without column selects column A', async () => {
  const { useCases, root } = await openCheck();
  await click(root.querySelector('[data-testid="run-check"]'));
  const rows = root.querySelectorAll('[data-testid="issue-row"]');
  await click(rows[1]);
  expect(useCases.selectCell).toHaveBeenLastCalledWith('Phụ lục I', 'C19');
  expect(rows[1]?.getAttribute('aria-current')).toBe('true');
  await click(rows[3]);
  expect(useCases.selectCell).toHaveBeenLastCalledWith('Phụ lục I', 'A30');
});

test('cell text is shown as text, never as HTML', async () => {
  const { root } = await openCheck();
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(root.querySelector('img[src="x"]')).toBeNull();
  expect(root.textContent).toContain('<img src=x onerror="alert(1)">Quý V');
});

test('"Chỉ lỗi" keeps the error groups only', async () => {
  const { root } = await openCheck();
  await click(root.querySelector('[data-testid="run-check"]'));
  await click(byText(root, 'label', 'Chỉ lỗi'));
  expect(root.querySelectorAll('[data-testid="issue-row"]')).toHaveLength(2);
});

test('highlights go on with the report and off again', async () => {
  const { useCases, root } = await openCheck();
  await click(root.querySelector('[data-testid="run-check"]'));
  const toggle = root.querySelector<HTMLInputElement>('[data-testid="highlight-switch"]');
  await click(toggle);
  expect(useCases.highlight).toHaveBeenCalledWith(sampleReport());
  expect(root.textContent).toContain('Đã tô màu 3 ô');
  await click(toggle);
  expect(useCases.clearHighlights).toHaveBeenCalledTimes(1);
  expect(root.textContent).toContain('Đã xóa đánh dấu');
});

test('re-running with highlights on clears them first and highlights the new report', async () => {
  const { useCases, root } = await openCheck();
  await click(root.querySelector('[data-testid="run-check"]'));
  await click(root.querySelector('[data-testid="highlight-switch"]'));
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(useCases.clearHighlights).toHaveBeenCalledTimes(1);
  expect(useCases.highlight).toHaveBeenCalledTimes(2);
});

test('messages go into cell notes and come off again; a re-run rewrites them for the new report', async () => {
  const { useCases, root } = await openCheck();
  await click(root.querySelector('[data-testid="run-check"]'));
  const toggle = root.querySelector<HTMLInputElement>('[data-testid="notes-switch"]');
  expect(root.textContent).toContain('Ghi thông báo vào ghi chú của ô');
  await click(toggle);
  expect(useCases.attachNotes).toHaveBeenCalledWith(sampleReport());
  expect(root.textContent).toContain('Đã ghi 2 ghi chú. Bỏ qua 1 ô đã có ghi chú của người dùng.');
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(useCases.attachNotes).toHaveBeenCalledTimes(2);
  await click(toggle);
  expect(useCases.removeNotes).toHaveBeenCalledTimes(1);
  expect(root.textContent).toContain('Đã gỡ 2 ghi chú');
  expect(toggle?.checked).toBe(false);
});

test('on a host without notes or comments the notes switch is off limits and says why', async () => {
  const { useCases, root } = await openCheck(fakeUseCases({ noteKind: jest.fn(() => null) }));
  await click(root.querySelector('[data-testid="run-check"]'));
  const toggle = root.querySelector<HTMLInputElement>('[data-testid="notes-switch"]');
  expect(toggle?.disabled).toBe(true);
  expect(root.textContent).toContain('chưa hỗ trợ ghi chú (ExcelApi 1.18) hay bình luận (1.10)');
  await click(toggle);
  expect(useCases.attachNotes).not.toHaveBeenCalled();
});

test('notes left from an earlier session: the switch starts on and a re-run updates them', async () => {
  const { useCases, root } = await openCheck(fakeUseCases({ notesRemembered: jest.fn(() => true) }));
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(root.querySelector<HTMLInputElement>('[data-testid="notes-switch"]')?.checked).toBe(true);
  expect(useCases.attachNotes).toHaveBeenCalledWith(sampleReport());
});

test('a refusal while writing notes leaves the switch on, so that switching off takes away what was written', async () => {
  const useCases = fakeUseCases({ attachNotes: jest.fn(async () => Promise.reject(new Error('The sheet is protected'))) });
  const { root } = await openCheck(useCases);
  await click(root.querySelector('[data-testid="run-check"]'));
  const toggle = root.querySelector<HTMLInputElement>('[data-testid="notes-switch"]');
  await click(toggle);
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('The sheet is protected');
  expect(toggle?.checked).toBe(true);
  await click(toggle);
  expect(useCases.removeNotes).toHaveBeenCalledTimes(1);
  expect(toggle?.checked).toBe(false);
});

test('where only comments exist the switch says so', async () => {
  const { root } = await openCheck(fakeUseCases({ noteKind: jest.fn(() => 'comment' as const) }));
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(root.textContent).toContain('Ghi thông báo thành bình luận ở ô');
});

test('shows the progress step while checking, then the failure if there is one', async () => {
  let fail: (e: Error) => void = () => undefined;
  const useCases = fakeUseCases({
    validate: jest.fn((_s, onProgress) => {
      onProgress?.({ step: 'analyze', done: 1, total: 3 });
      return new Promise((_, reject) => (fail = reject));
    }),
  });
  const { root } = await openCheck(useCases);
  await click(root.querySelector('[data-testid="run-check"]'));
  expect(root.querySelector('[role="progressbar"]')).not.toBeNull();
  expect(root.textContent).toContain('Đang phân tích (1/3)');
  expect(root.querySelector<HTMLButtonElement>('[data-testid="run-check"]')?.disabled).toBe(true);
  fail(new Error('RichApi.Error: sheet is protected'));
  await settle();
  expect(root.querySelector('[role="alert"]')?.textContent).toBe('Không thực hiện được: RichApi.Error: sheet is protected');
  expect(root.querySelector('[role="progressbar"]')).toBeNull();
});

test('the highlight switch moves back when the workbook refuses', async () => {
  const useCases = fakeUseCases({ highlight: jest.fn(async () => Promise.reject(new Error('The sheet is protected'))) });
  const { root } = await openCheck(useCases);
  await click(root.querySelector('[data-testid="run-check"]'));
  const toggle = root.querySelector<HTMLInputElement>('[data-testid="highlight-switch"]');
  await click(toggle);
  expect(toggle?.checked).toBe(false);
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('The sheet is protected');
});

test('what was taken off is named as it was written: comments from an older Excel on a notes host', async () => {
  const useCases = fakeUseCases({ notesRemembered: jest.fn(() => true), removeNotes: jest.fn(async () => ({ kind: 'comment' as const, removed: 3 })) });
  const { root } = await openCheck(useCases);
  await click(root.querySelector('[data-testid="run-check"]'));
  await click(root.querySelector('[data-testid="notes-switch"]'));
  expect(root.textContent).toContain('Đã gỡ 3 bình luận');
  expect(root.textContent).not.toContain('Đã gỡ 3 ghi chú');
});

test('notes for a sheet renamed since the check: a warning names it and asks for a new check', async () => {
  const useCases = fakeUseCases({ attachNotes: jest.fn(async () => ({ kind: 'note' as const, written: 0, skipped: 0, missingSheets: ['Phụ lục I'] })) });
  const { root } = await openCheck(useCases);
  await click(root.querySelector('[data-testid="run-check"]'));
  await click(root.querySelector('[data-testid="notes-switch"]'));
  expect(root.textContent).toContain('Không tìm thấy trang "Phụ lục I"');
  expect(root.textContent).toContain('Hãy chạy kiểm tra lại');
});
