import fc from 'fast-check';
import { isUpperTitle } from '../../../src/core/table/row-signals';

/** The definition, one character at a time: over 80% of at least 4 cased letters are capitals. */
function naiveUpperTitle(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text.split('')) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch === ch.toUpperCase()) upper++;
    else lower++;
  }
  return upper + lower >= 4 && upper / (upper + lower) > 0.8;
}

describe('isUpperTitle', () => {
  it.each<[string, boolean]>([
    ['CẢI CÁCH THỂ CHẾ', true],
    ['I. CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', true],
    ['XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ (Chính quyền số)', false],
    ['PHẦN II - NHIỆM VỤ CỤ THỂ', true],
    ['Cải cách thể chế', false],
    ['UBND', true],
    ['ABC', false],
    ['2026 - 2030', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isUpperTitle(text)).toBe(expected);
  });

  it('agrees with the definition on any text, Vietnamese letters included', () => {
    const vietnamese = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,.-()'.split(''));
    const cased = fc.tuple(vietnamese, fc.boolean()).map(([ch, up]) => (up ? ch.toUpperCase() : ch));
    const text = fc.oneof(fc.array(cased, { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(text, (t) => isUpperTitle(t) === naiveUpperTitle(t)));
  });
});
