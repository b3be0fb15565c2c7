import { isUnknownStatus, parseProgress, parseStatus } from '../../../src/core/summary/status';

describe('parseStatus', () => {
  test.each([
    ['Chưa thực hiện', 'not_started'], ['chua thuc hien', 'not_started'], ['CHƯA TRIỂN KHAI', 'not_started'], ['Chưa bắt đầu', 'not_started'], ['CTH', 'not_started'],
    ['Đang thực hiện', 'in_progress'], ['đang TH', 'in_progress'], ['Đang triển khai (đạt 60%)', 'in_progress'], ['Chưa hoàn thành', 'in_progress'], ['Chậm tiến độ', 'in_progress'],
    ['Đã hoàn thành', 'done'], ['Hoàn thành', 'done'], ['DA HOAN THANH', 'done'], ['đã hoàn thành.', 'done'], ['Xong', 'done'], ['HT', 'done'], ['Hoàn thành 100%', 'done'],
    ['Đã hoàn thành (Báo cáo số 12/BC-SNV ngày 15/6/2026)', 'done'], ['Hoàn thành trong Quý 2', 'done'],
    ['Tạm dừng', 'paused'], ['tam dung', 'paused'], ['Tạm hoãn', 'paused'], ['Dừng thực hiện', 'paused'],
    // Decomposed Unicode (NFD) reads the same.
    ['Đã hoàn thành'.normalize('NFD'), 'done'],
  ])('%s → %s', (text, state) => {
    expect(parseStatus(text)?.state).toBe(state);
  });

  test('a share done is not done: "Hoàn thành 80%"', () => {
    expect(parseStatus('Hoàn thành 80%')).toEqual({ state: 'in_progress' });
  });

  test('a done status may say on time or late', () => {
    expect(parseStatus('Hoàn thành quá hạn')).toEqual({ state: 'done', late: true });
    expect(parseStatus('Đã hoàn thành chậm')).toEqual({ state: 'done', late: true });
    expect(parseStatus('Hoàn thành đúng hạn')).toEqual({ state: 'done', late: false });
    expect(parseStatus('Đã hoàn thành')).toEqual({ state: 'done' });
  });

  test.each(['Chờ hướng dẫn', 'Đúng hạn', 'Không rõ', 'x', 'ĐTH', '50'])('not guessed: %s', (text) => {
    expect(parseStatus(text)).toBeUndefined();
    expect(isUnknownStatus(text)).toBe(true);
  });

  test('empty cells are not unknown', () => {
    for (const t of [undefined, '', '  ', '-', '—']) expect(isUnknownStatus(t)).toBe(false);
  });
});

describe('parseProgress', () => {
  test.each([
    [1, '0%', 100], [0.5, '0%', 50], [0.5, undefined, 50], [70, undefined, 70], [100, undefined, 100], [0, undefined, 0],
    ['70%', undefined, 70], ['70 %', undefined, 70], ['100', undefined, 100], ['0,5', undefined, 50], ['đạt 80%', undefined, 80],
  ] as const)('%p (%p) → %p', (value, fmt, pct) => {
    expect(parseProgress(value, fmt)).toBe(pct);
  });

  test.each([null, true, new Date(0), { error: '#N/A' }, 'chưa có', -5])('unreadable: %p', (value) => {
    expect(parseProgress(value as never)).toBeUndefined();
  });
});
