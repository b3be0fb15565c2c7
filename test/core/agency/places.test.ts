import { DEFAULT_DIRECTORY } from '../../../src/core/agency/directory';
import { resolveAgencies, resolveAgency } from '../../../src/core/agency/resolve';
import type { AgencyMatch } from '../../../src/core/agency/types';

const resolve = (name: string): AgencyMatch => resolveAgency(name, DEFAULT_DIRECTORY);
const PRESS = 'Báo và Phát thanh, Truyền hình tỉnh';

describe('a province name after an agency, without "tỉnh"', () => {
  it.each<[string, AgencyMatch]>([
    ['Báo và Phát thanh, Truyền hình Lạng Sơn', { kind: 'agency', text: 'Báo và Phát thanh, Truyền hình Lạng Sơn', canonical: PRESS }],
    ['Công an Đắk Lắk', { kind: 'agency', text: 'Công an Đắk Lắk', canonical: 'Công an tỉnh' }],
    ['UBND Lai Châu', { kind: 'agency', text: 'UBND Lai Châu', canonical: 'UBND tỉnh' }],
    ['Sở Nội vụ Thừa Thiên Huế', { kind: 'agency', text: 'Sở Nội vụ Thừa Thiên Huế', canonical: 'Sở Nội vụ' }],
    [
      'Đài Phát thanh và Truyền hình Lạng Sơn',
      { kind: 'outdated', text: 'Đài Phát thanh và Truyền hình Lạng Sơn', canonical: 'Đài Phát thanh và Truyền hình tỉnh', successor: PRESS },
    ],
    ['Đài PT-TH Lai Châu', { kind: 'outdated', text: 'Đài PT-TH Lai Châu', canonical: 'Đài Phát thanh và Truyền hình tỉnh', successor: PRESS }],
    ['Sở Kế hoạch và Đầu tư Bà Rịa - Vũng Tàu', { kind: 'outdated', text: 'Sở Kế hoạch và Đầu tư Bà Rịa - Vũng Tàu', canonical: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' }],
  ])('%j', (text, expected) => {
    expect(resolve(text)).toEqual(expected);
  });

  it.each<[string]>([
    // A district-level city keeps its level: not the provincial UBND.
    ['UBND thành phố Lạng Sơn'],
    ['UBND TP Lạng Sơn'],
  ])('%j is still a district-level body', (text) => {
    expect(resolve(text)).toMatchObject({ kind: 'outdated', successor: 'UBND cấp xã' });
  });

  it.each<[string]>([['Lạng Sơn'], ['UBND Thành phố Hà Nội'], ['Trường Đại học Tây Nguyên']])('%j is not made a known agency', (text) => {
    expect(resolve(text)).toEqual({ kind: 'unknown', text });
  });
});

describe('the provincial press since July 2025', () => {
  it.each<[string, string]>([
    ['Báo Lạng Sơn', 'Báo tỉnh'],
    ['Báo Đắk Lắk', 'Báo tỉnh'],
    ['Báo tỉnh', 'Báo tỉnh'],
    ['Báo và Đài PT-TH Vĩnh Long', 'Báo và Đài Phát thanh - Truyền hình tỉnh'],
  ])('%j is outdated (now one body)', (text, canonical) => {
    expect(resolve(text)).toEqual({ kind: 'outdated', text, canonical, successor: PRESS });
  });

  it('a list naming the old newspaper and the old station gives both, each outdated', () => {
    const found = resolveAgencies('Báo Lạng Sơn, Đài Phát thanh và Truyền hình Lạng Sơn', DEFAULT_DIRECTORY);
    expect(found.map((m) => [m.kind, m.text])).toEqual([
      ['outdated', 'Báo Lạng Sơn'],
      ['outdated', 'Đài Phát thanh và Truyền hình Lạng Sơn'],
    ]);
  });

  it.each<[string]>([['Báo Nhân dân'], ['Các cơ quan báo chí']])('%j is not the provincial press', (text) => {
    expect(resolve(text).kind).not.toBe('outdated');
  });
});
