import { parseDeadline } from '../../../src/core/deadline/parse';
import type { Deadline } from '../../../src/core/deadline/types';

const parse = (text: string, year: number | undefined = 2026): Deadline => parseDeadline(text, undefined, { year });
const date = (text: string, due: string): Deadline => ({ kind: 'date', text, due });

describe('Tết Nguyên đán', () => {
  it.each<[string, string]>([
    // "Trước Tết" is the eve (30 Tết); otherwise the work runs through the holiday's third day.
    ['Trước Tết Nguyên đán 2027', '2027-02-05'],
    ['Hoàn thành trước Tết Nguyên đán năm 2027', '2027-02-05'],
    ['trước dịp Tết Nguyên Đán Đinh Mùi 2027', '2027-02-05'],
    ['Trước Tết Nguyên đán', '2026-02-16'],
    ['Dịp Tết Nguyên đán Bính Ngọ 2026', '2026-02-19'],
    ['Tết Nguyên đán Đinh Mùi', '2027-02-08'],
    ['Trong dịp Tết cổ truyền của dân tộc', '2026-02-19'],
    ['Trước Tết Ất Tị', '2025-01-28'],
    ['Trước Tết Canh Tý 2020', '2020-01-24'],
    // Vietnam's new year falls a day before China's in 2030 (the new moon is before midnight at UTC+7).
    ['Trước Tết Nguyên đán 2030', '2030-02-01'],
    // A quarter holding the day is narrowed by it; the year comes from the quarter.
    ['Quý I/2027 (trước Tết Nguyên đán)', '2027-02-05'],
    ['Trước Tết Dương lịch 2027', '2026-12-31'],
    ['Tết Dương lịch', '2026-01-01'],
  ])('%j is due %s', (text, due) => {
    expect(parse(text)).toEqual(date(text, due));
  });

  it('a year name that is not the year written is impossible', () => {
    expect(parse('Tết Bính Ngọ 2027')).toEqual({ kind: 'invalid', text: 'Tết Bính Ngọ 2027', reason: 'year-out-of-range' });
  });

  it.each<[string]>([
    ['Sau Tết Nguyên đán 2027'], // a start, not an end
    ['Trước, trong và sau Tết Nguyên đán 2027'],
    ['Trước Tết Nguyên đán 2040'], // beyond the table
    // Other days called Tết are not the new year.
    ['Trước Tết Trung thu'],
    ['Phát động Tết trồng cây'],
    ['Dịp Tết Thiếu nhi'],
  ])('%j stays unread', (text) => {
    expect(parse(text).kind).toBe('unrecognized');
  });

  it('without a plan year a bare "Trước Tết" has no date', () => {
    expect(parseDeadline('Trước Tết Nguyên đán', undefined, {}).kind).toBe('unrecognized');
  });

  it('words that only contain the letters are no holiday', () => {
    expect(parse('Tổng kết năm 2026').kind).toBe('year');
    expect(parse('Chi tiết theo Quý II/2026')).toEqual({ kind: 'quarter', text: 'Chi tiết theo Quý II/2026', start: '2026-04-01', due: '2026-06-30' });
  });

  it('successive new years are a lunar year apart (354–355 days, or 383–385 with a leap month)', () => {
    const days: number[] = [];
    for (let y = 2020; y <= 2035; y++) {
      const d = parse(`Tết Nguyên đán ${y}`);
      expect(d.kind).toBe('date');
      const t = Date.parse(`${d.due}T00:00:00Z`) - 2 * 86_400_000;
      const jan21 = Date.UTC(y, 0, 21);
      expect(t).toBeGreaterThanOrEqual(jan21);
      expect(t).toBeLessThanOrEqual(Date.UTC(y, 1, 20));
      days.push(t / 86_400_000);
    }
    for (let i = 1; i < days.length; i++) {
      const gap = (days[i] as number) - (days[i - 1] as number);
      expect([353, 354, 355, 383, 384, 385]).toContain(gap);
    }
  });
});
