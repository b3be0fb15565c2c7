/** @jest-environment jsdom */
import { App } from '../../src/taskpane/App';
import { OutsideExcel } from '../../src/taskpane/components/OutsideExcel';
import { fakeUseCases } from './fakes';
import { byText, click, render, settle, typeInto, type Rendered } from './render';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

async function open(opts: { tab?: 'check' | 'summary' | 'template' | 'settings'; lang?: string; useCases?: ReturnType<typeof fakeUseCases> } = {}) {
  const useCases = opts.useCases ?? fakeUseCases();
  view = await render(
    <App useCases={useCases} initialTab={opts.tab} displayLanguage={opts.lang ?? 'vi-VN'} builtInAgencies={['Sở Nội vụ', 'Sở Tài chính']} />,
  );
  await settle();
  return { useCases, root: view.container };
}

/** Fluent's Tab repeats its label in a hidden span that reserves the bold width; read the visible one. */
const tabLabel = (tab: Element | null) => tab?.querySelector('.fui-Tab__content:not(.fui-Tab__content--reserved-space)')?.textContent;
const tabNames = (root: HTMLElement) => [...root.querySelectorAll('[role="tab"]')].map(tabLabel);

test('Vietnamese first, with the four tabs; the ribbon\'s tab is selected', async () => {
  const { root } = await open({ tab: 'summary' });
  expect(tabNames(root)).toEqual(['Kiểm tra', 'Tổng hợp', 'Mẫu', 'Cài đặt']);
  expect(tabLabel(root.querySelector('[role="tab"][aria-selected="true"]'))).toBe('Tổng hợp');
  expect(document.documentElement.lang).toBe('vi');
});

test('English when Office is not in Vietnamese; the user\'s choice wins', async () => {
  const { root } = await open({ lang: 'en-US' });
  expect(tabNames(root)).toEqual(['Check', 'Summary', 'Template', 'Settings']);
  view?.unmount();
  const chosen = await open({ lang: 'en-US', useCases: fakeUseCases({}, { lang: 'vi' }) });
  expect(tabNames(chosen.root)[0]).toBe('Kiểm tra');
});

test('tabs switch by click', async () => {
  const { root } = await open();
  await click(root.querySelector('[data-testid="tab-template"]'));
  expect(root.querySelector('[data-testid="insert-template"]')).not.toBeNull();
});

test('Tổng hợp writes the sheets with the date and horizon, and links to them', async () => {
  const { useCases, root } = await open({ tab: 'summary', useCases: fakeUseCases({}, { dueSoonDays: 7 }) });
  await typeInto(root.querySelector<HTMLInputElement>('[data-testid="report-date"]')!, '2026-09-30');
  await click(root.querySelector('[data-testid="create-summary"]'));
  expect(useCases.writeSummary).toHaveBeenCalledWith({ today: '2026-09-30', dueSoonDays: 7 }, expect.any(Function));
  expect(root.querySelector('[data-testid="summary-result"]')?.textContent).toContain('Đã tạo 2 trang tính');
  await click(byText(root, 'button', 'TH thời hạn'));
  expect(useCases.selectCell).toHaveBeenCalledWith('TH thời hạn', 'A1');
});

test('Mẫu inserts the template and goes to it', async () => {
  const { useCases, root } = await open({ tab: 'template' });
  await click(root.querySelector('[data-testid="insert-template"]'));
  expect(useCases.insertTemplate).toHaveBeenCalled();
  expect(root.textContent).toContain('Đã thêm trang tính "Mẫu phụ lục".');
  await click(byText(root, 'button', 'Đến trang mới'));
  expect(useCases.selectCell).toHaveBeenCalledWith('Mẫu phụ lục', 'A1');
});

test('Cài đặt: add, import (deduplicated), remove, choose English, save to the document', async () => {
  const { useCases, root } = await open({ tab: 'settings' });
  expect(root.textContent).toContain('Danh mục có sẵn (2 cơ quan)');
  const name = [...root.querySelectorAll<HTMLInputElement>('input')].find((i) => i.type === 'text')!;
  await typeInto(name, '  Sở  Ngoại vụ ');
  await click(byText(root, 'button', 'Thêm'));
  await click(byText(root, 'button', 'Nhập từ vùng đang chọn'));
  expect(root.textContent).toContain('Đã nhập 2 tên cơ quan.');
  await click(root.querySelector('[aria-label="Bỏ Ban Quản lý Khu kinh tế"]'));
  const year = root.querySelector<HTMLInputElement>('input[min="2000"]')!;
  await typeInto(year, '2026');
  await click(byText(root, 'label', 'English'));
  await click(root.querySelector('[data-testid="save-settings"]'));
  expect(useCases.saveSettings).toHaveBeenCalledWith({
    planYear: 2026,
    dueSoonDays: 15,
    lang: 'en',
    extraAgencies: ['Sở Ngoại vụ', 'Sở Du lịch'],
  });
  expect(tabNames(root)[3]).toBe('Settings');
  expect(root.textContent).toContain('Saved.');
});

test('a settings read failure still opens the pane, with the reason', async () => {
  const { root } = await open({ useCases: fakeUseCases({ loadSettings: jest.fn(async () => Promise.reject(new Error('no settings'))) }) });
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('no settings');
  expect(root.querySelector('[data-testid="run-check"]')).not.toBeNull();
});

test('outside Excel: the message in both languages', async () => {
  view = await render(<OutsideExcel status="outside" minExcelApi="1.7" />);
  expect(view.container.textContent).toContain('Hãy mở trong Excel / Open this in Excel');
  view.unmount();
  view = await render(<OutsideExcel status="old-host" minExcelApi="1.7" />);
  expect(view.container.querySelector('h1')?.textContent).toBe('Cần phiên bản Excel mới hơn / A newer Excel is needed');
  expect(view.container.textContent).toContain('chưa hỗ trợ ExcelApi 1.7');
  expect(view.container.textContent).toContain('does not support ExcelApi 1.7');
});
