import fc from 'fast-check';
import { DEFAULT_DIRECTORY } from '../../../src/core/agency/directory';
import { splitAgencies } from '../../../src/core/agency/split';

const split = (text: string): string[] => splitAgencies(text, DEFAULT_DIRECTORY);

describe('splitAgencies on cells from real annexes', () => {
  it.each<[string, string[]]>([
    ['Sở Tài chính; Công an tỉnh', ['Sở Tài chính', 'Công an tỉnh']],
    [
      'Sở Nội vụ, Văn phòng UBND tỉnh, Thanh tra tỉnh và các cơ quan có liên quan',
      ['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Thanh tra tỉnh', 'các cơ quan có liên quan'],
    ],
    ['Các sở, ban, ngành tỉnh, UBND các xã, phường', ['Các sở, ban, ngành tỉnh', 'UBND các xã, phường']],
    ['Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ', ['Văn phòng UBND tỉnh', 'Sở Khoa học và Công nghệ']],
    ['Sở Khoa học và Công nghệ và các cơ quan, đơn vị', ['Sở Khoa học và Công nghệ', 'các cơ quan, đơn vị']],
    ['Sở Văn hóa, Thể thao và Du lịch; Sở Y tế', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']],
    [
      'Sở Nội vụ, Ủy ban MTTQ Việt Nam tỉnh, các sở, ban, ngành tỉnh, UBND các xã, phường',
      ['Sở Nội vụ', 'Ủy ban MTTQ Việt Nam tỉnh', 'các sở, ban, ngành tỉnh', 'UBND các xã, phường'],
    ],
    ['Sở Tư pháp Các sở, ban, ngành liên quan', ['Sở Tư pháp', 'Các sở, ban, ngành liên quan']],
    ['UBND cấp xã; Thuế tỉnh; Hải Quan khu vực VI', ['UBND cấp xã', 'Thuế tỉnh', 'Hải Quan khu vực VI']],
    ['Các sở, ban, ngành tỉnh; các chủ đầu tư', ['Các sở, ban, ngành tỉnh', 'các chủ đầu tư']],
    [
      'Sở Lao động - Thương binh và Xã hội, Sở Nông nghiệp và Môi trường',
      ['Sở Lao động - Thương binh và Xã hội', 'Sở Nông nghiệp và Môi trường'],
    ],
    [
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh; Các cơ quan, đơn vị, địa phương',
      ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Các cơ quan, đơn vị, địa phương'],
    ],
    ['Sở Y tế và Sở Tài chính', ['Sở Y tế', 'Sở Tài chính']],
    ['Sở Y tế với UBND các xã, phường, đặc khu', ['Sở Y tế', 'UBND các xã, phường, đặc khu']],
    // Commune-level and in-department units whose names hold a comma (were several "leads" each).
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    ['Trung tâm Văn hóa, Thể thao và Truyền thông', ['Trung tâm Văn hóa, Thể thao và Truyền thông']],
    ['Phòng Công chức, viên chức', ['Phòng Công chức, viên chức']],
    ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh']],
    ['Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội', ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hóa - Xã hội']],
    ['Cục Thống kê tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh', ['Cục Thống kê tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']],
    ['Phòng CCHC, các đơn vị trực thuộc', ['Phòng CCHC', 'các đơn vị trực thuộc']],
    // Lists of other bodies stay lists: a complete name ("… tỉnh") or one no body's name opens.
    ['Điện lực tỉnh, Viễn thông tỉnh', ['Điện lực tỉnh', 'Viễn thông tỉnh']],
    ['Mobifone, Viettel và VNPT', ['Mobifone', 'Viettel và VNPT']],
    ['Phòng Tư pháp tỉnh, viễn thông tỉnh', ['Phòng Tư pháp tỉnh', 'viễn thông tỉnh']],
    ['Thanh tra Sở', ['Thanh tra Sở']],
    ['Sở Nội vụ\n(Phòng CCHC)', ['Sở Nội vụ (Phòng CCHC)']],
    ['UBND các xã, phường và đặc khu', ['UBND các xã, phường và đặc khu']],
    // Lai Châu, Biểu 2: a generic group with a clause saying which of them ("có đơn vị SNCL trực thuộc").
    ['Các Sở, ngành có đơn vị SNCL trực thuộc', ['Các Sở, ngành có đơn vị SNCL trực thuộc']],
    [
      'Sở Tài chính; các Sở, ngành có đơn vị sự nghiệp công lập trực thuộc',
      ['Sở Tài chính', 'các Sở, ngành có đơn vị sự nghiệp công lập trực thuộc'],
    ],
  ])('%s', (cell, expected) => {
    expect(split(cell)).toEqual(expected);
  });
});

describe('separators, bullets and role words', () => {
  it.each<[string, string[]]>([
    ['- Sở Tài chính\n- Sở Nội vụ', ['Sở Tài chính', 'Sở Nội vụ']],
    ['1. Sở Y tế\n2. Công an tỉnh', ['Sở Y tế', 'Công an tỉnh']],
    ['Sở Văn hóa, Thể thao\nvà Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Tài chính (chủ trì), Sở Nội vụ', ['Sở Tài chính', 'Sở Nội vụ']],
    ['Chủ trì: Sở Y tế phối hợp với Sở Tài chính', ['Sở Y tế', 'Sở Tài chính']],
    ['Sở Tài chính chủ trì; Sở Tư pháp phối hợp.', ['Sở Tài chính', 'Sở Tư pháp']],
    ['UBND cấp xã (xã A, xã B), Sở Y tế', ['UBND cấp xã (xã A, xã B)', 'Sở Y tế']],
    ['Thanh tra tỉnh, Phòng Cảnh sát kinh tế', ['Thanh tra tỉnh', 'Phòng Cảnh sát kinh tế']],
    ['  ;  , \n - ', []],
    ['', []],
  ])('%j', (cell, expected) => {
    expect(split(cell)).toEqual(expected);
  });

  it('splits unknown names on commas but keeps "và" inside them, unless another body\'s name opens after it', () => {
    expect(split('Phòng Văn hóa và Thông tin, Phòng B')).toEqual(['Phòng Văn hóa và Thông tin', 'Phòng B']);
    expect(split('Phòng A, Phòng B và Phòng C')).toEqual(['Phòng A', 'Phòng B', 'Phòng C']);
    expect(split('Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Hải quan cửa khẩu Hữu Nghị')).toEqual([
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
      'Hải quan cửa khẩu Hữu Nghị',
    ]);
    expect(split('Trung tâm Công nghệ thông tin và Truyền thông, Sở Y tế')).toEqual([
      'Trung tâm Công nghệ thông tin và Truyền thông',
      'Sở Y tế',
    ]);
  });

  it('accepts decomposed (NFD) text and returns NFC parts', () => {
    const cell = 'Sở Văn hóa, Thể thao và Du lịch; Sở Y tế'.normalize('NFD');
    expect(split(cell)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']);
  });

  it('returns a fresh array each time (memoised internally)', () => {
    const first = split('Sở Tài chính; Công an tỉnh');
    first.push('x');
    expect(split('Sở Tài chính; Công an tỉnh')).toEqual(['Sở Tài chính', 'Công an tỉnh']);
  });
});

describe('properties', () => {
  const allNames = [
    ...DEFAULT_DIRECTORY.agencies.flatMap((e) => [e.name, ...e.aliases]),
    ...DEFAULT_DIRECTORY.outdated.flatMap((e) => [e.name, ...e.aliases]),
  ];

  it('never throws; parts are trimmed and non-empty', () => {
    const chunk = fc.oneof(
      fc.string(),
      fc.constantFrom(...allNames),
      fc.constantFrom(', ', '; ', ' và ', ' với ', '\n', '\n- ', '(', ')', ' tỉnh ', ' chủ trì', 'các ', '\u0301'),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
        for (const part of split(chunks.join(''))) {
          expect(part).toBe(part.trim());
          expect(part.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('directory names joined with "; " split back to exactly those names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allNames), { minLength: 1, maxLength: 8 }), (names) => {
        expect(split(names.join('; '))).toEqual(names);
      }),
      { numRuns: 1000 },
    );
  });

  it('every directory name is one part on its own', () => {
    for (const name of allNames) expect(split(name)).toEqual([name]);
  });
});
