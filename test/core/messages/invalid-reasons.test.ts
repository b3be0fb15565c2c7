import { parseDeadline } from '../../../src/core/deadline/parse';
import { INVALID_REASONS, type InvalidReason } from '../../../src/core/deadline/types';
import { describeIssue, type Lang } from '../../../src/core/messages';

const wording = (reason: InvalidReason, lang: Lang) =>
  describeIssue({ code: 'invalid-deadline', params: { text: 'x', reason } }, lang).message;

describe('why a deadline cannot exist, in words', () => {
  // The machine key used to show through for four reasons ("Thời hạn … không tồn tại (year-out-of-range)").
  it.each(INVALID_REASONS.flatMap((r) => (['vi', 'en'] as const).map((lang) => [r, lang] as const)))('%s in %s', (reason, lang) => {
    const message = wording(reason, lang);
    expect(message).not.toContain(reason);
    expect(message).not.toMatch(/\(\s*\)|undefined/);
  });

  it('each reason reads differently', () => {
    for (const lang of ['vi', 'en'] as const) expect(new Set(INVALID_REASONS.map((r) => wording(r, lang))).size).toBe(INVALID_REASONS.length);
  });

  it.each<[string, string]>([
    ['Quý II/20266', 'năm không hợp lệ'],
    ['6 tháng đầu năm 2026 (Học kỳ I năm học 2026-2028)', 'năm không hợp lệ'],
  ])('%j is explained as %j', (text, words) => {
    const d = parseDeadline(text, undefined, { year: 2026 });
    expect(d.kind).toBe('invalid');
    expect(wording(d.reason ?? 'not-a-date', 'vi')).toContain(words);
  });
});
