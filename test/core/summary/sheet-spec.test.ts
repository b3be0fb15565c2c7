import { fitWidth, lineCount, textWidth } from '../../../src/core/summary/sheet-spec';

const TITLE = 'Xây dựng và phát triển chính quyền điện tử, chính quyền số';

describe('textWidth', () => {
  it.each<[string, number]>([
    ['', 0],
    ['abc', 3],
    ['ABC', 4.5],
    ['Sở Nội vụ', 10],
    ['ĐIỆN TỬ', 10],
  ])('%j → %d units', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});

describe('lineCount', () => {
  it.each<[string, number, number]>([
    ['', 20, 1],
    ['Cải cách thể chế', 40, 1],
    ['Dòng một\nDòng hai', 40, 2],
    // 58 characters at 1.3 letters a unit: two lines in 30 units, one in 50.
    [TITLE, 30, 2],
    [TITLE, 50, 1],
    // The same words in capitals (section names are typed so) need about 1.5 times the room.
    [TITLE.toUpperCase(), 50, 2],
    [TITLE.toUpperCase(), 30, 3],
  ])('%j in %d units → %d lines', (text, width, lines) => {
    expect(lineCount(text, width)).toBe(lines);
  });

  // Excel breaks a word wider than the column: 25 letters a line at 20 units.
  it.each<[string, number]>([
    ['x'.repeat(100), 4],
    ['x'.repeat(101), 5],
    [`Xem ${'x'.repeat(60)}`, 4],
  ])('a word wider than the column takes the lines it fills: %j → %d', (text, lines) => {
    expect(lineCount(text, 20)).toBe(lines);
  });
});

describe('fitWidth', () => {
  it('an upper-case value gets a wider text column than the same value in lower case', () => {
    expect(fitWidth('Mục', ['cải cách hành chính'], 'text')).toBe(21);
    expect(fitWidth('Mục', ['CẢI CÁCH HÀNH CHÍNH'], 'text')).toBe(29);
  });
});
