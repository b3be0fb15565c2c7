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

  // Wordings from Văn phòng UBND tracking sheets (a probe of ~230 tasks): were unknown, listed as overdue, or misread.
  test.each([
    ['Đã ban hành Quyết định số 1890/QĐ-UBND ngày 28/9/2026', 'done'], ['Đã tổ chức ngày 12/11/2026', 'done'], ['UBND tỉnh đã ban hành Kế hoạch', 'done'],
    ['HĐND tỉnh đã thông qua', 'done'], ['Đã phê duyệt', 'done'], ['Đạt', 'done'], ['Đã gửi Bộ Nội vụ', 'done'], ['Đã hoàn thành 14/14 Quyết định', 'done'],
    ['Đã hoàn thành (đạt 95% chỉ tiêu)', 'done'], ['Hoàn thành, giải ngân đạt 85%', 'done'],
    ['Đã hoàn thành một phần', 'in_progress'], ['Đã hoàn thành đợt 1; đang chuẩn bị đợt 2', 'in_progress'], ['Đã hoàn thành dự thảo, đang lấy ý kiến', 'in_progress'],
    ['Đã hoàn thành 2/3 nội dung', 'in_progress'], ['Cơ bản hoàn thành', 'in_progress'], ['Đã trình UBND tỉnh', 'in_progress'], ['Chờ thẩm định', 'in_progress'],
    ['Trễ hạn', 'in_progress'],
    ['Không thực hiện', 'paused'], ['Đề nghị rút khỏi Chương trình', 'paused'], ['Lùi thời gian trình sang năm 2027', 'paused'], ['Gia hạn đến 31/12/2026', 'paused'], ['Đã hủy', 'paused'],
  ])('%s → %s', (text, state) => {
    expect(parseStatus(text)?.state).toBe(state);
  });

  test.each([
    ['Hoàn thành (đăng tải lên Cổng thông tin điện tử)', 'done'], ['Huy động được 80% nguồn lực', undefined],
    ['Đã chuyển sang thực hiện giai đoạn 2', undefined], ['Đã chuyển sang năm 2027', 'paused'], ['Đã gửi lấy ý kiến các sở', 'in_progress'],
  ])('words that only look alike: %s → %s', (text, state) => {
    expect(parseStatus(text)?.state).toBe(state);
  });

  test('"chăm", "trẻ" are no delay, and "không trễ hạn" is on time', () => {
    expect(parseStatus('Đã hoàn thành công tác chăm sóc trẻ em')).toEqual({ state: 'done' });
    expect(parseStatus('Hoàn thành (không trễ hạn)')).toEqual({ state: 'done', late: false });
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
    // In words, only the number marked "%" (the first number was taken: "Quý 3 …" read as 3%).
    ['Quý 3 đạt 50%', undefined, 50],
  ] as const)('%p (%p) → %p', (value, fmt, pct) => {
    expect(parseProgress(value, fmt)).toBe(pct);
  });

  test.each([null, true, new Date(0), { error: '#N/A' }, 'chưa có', -5, 'Đã tổ chức ngày 25/9/2026'])('unreadable: %p', (value) => {
    expect(parseProgress(value as never)).toBeUndefined();
  });
});
