import { ZodError } from 'zod';
import { agencyKey, DEFAULT_DIRECTORY } from '../../../src/core/agency/directory';
import { extendDirectory } from '../../../src/core/agency/extend';
import { resolveAgencies, resolveAgency } from '../../../src/core/agency/resolve';
import type { AgencyMatch } from '../../../src/core/agency/types';

const resolve = (name: string): AgencyMatch => resolveAgency(name, DEFAULT_DIRECTORY);
const canonical = (m: AgencyMatch): string | undefined => (m.kind === 'unknown' ? undefined : m.canonical);

describe('resolveAgency', () => {
  it.each<[string, AgencyMatch['kind'], string]>([
    ['Sở Tài chính', 'agency', 'Sở Tài chính'],
    ['SỞ TÀI CHÍNH', 'agency', 'Sở Tài chính'],
    ['sở tài chính', 'agency', 'Sở Tài chính'],
    ['VP UBND tỉnh', 'agency', 'Văn phòng UBND tỉnh'],
    ['VPUBND tỉnh', 'agency', 'Văn phòng UBND tỉnh'],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'agency', 'Văn phòng UBND tỉnh'],
    ['Văn phòng Uỷ ban nhân dân tỉnh', 'agency', 'Văn phòng UBND tỉnh'],
    ['Sở KH&CN', 'agency', 'Sở Khoa học và Công nghệ'],
    ['Sở KHCN', 'agency', 'Sở Khoa học và Công nghệ'],
    ['Sở NN&MT', 'agency', 'Sở Nông nghiệp và Môi trường'],
    ['Sở GD&ĐT', 'agency', 'Sở Giáo dục và Đào tạo'],
    ['Sở VHTTDL', 'agency', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['Sở Văn hoá, Thể thao và Du lịch', 'agency', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['UBMTTQ Việt Nam tỉnh', 'agency', 'Ủy ban MTTQ Việt Nam tỉnh'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'agency', 'Ủy ban MTTQ Việt Nam tỉnh'],
    ['Bộ CHQS tỉnh', 'agency', 'Bộ Chỉ huy Quân sự tỉnh'],
    ['Sở Tài chính tỉnh Lạng Sơn', 'agency', 'Sở Tài chính'],
    ['Công an tỉnh Đắk Lắk', 'agency', 'Công an tỉnh'],
    ['Thuế tỉnh Lai Châu', 'agency', 'Thuế tỉnh'],
    ['Hải Quan khu vực VI', 'agency', 'Hải quan khu vực'],
    ['Kho bạc Nhà nước khu vực XI', 'agency', 'Kho bạc Nhà nước khu vực'],
    ['Sở Tài chính (chủ trì)', 'agency', 'Sở Tài chính'],
    ['Sở Tài chính chủ trì', 'agency', 'Sở Tài chính'],
    ['Tỉnh Đoàn', 'agency', 'Tỉnh đoàn'],
    ['Văn phòng Tỉnh ủy', 'agency', 'Văn phòng Tỉnh ủy'],
    ['Các sở, ban, ngành liên quan', 'generic', 'Các sở, ban, ngành'],
    ['sở, ban, ngành tỉnh', 'generic', 'Các sở, ban, ngành'],
    ['UBND các xã, phường, đặc khu', 'generic', 'UBND cấp xã'],
    ['UBND các xã, phường và đặc khu', 'generic', 'UBND cấp xã'],
    ['Chủ tịch UBND các xã, phường', 'generic', 'UBND cấp xã'],
    ['Các xã, phường', 'generic', 'UBND cấp xã'],
    // Written with "và" for "&", or with the head's title before the body.
    ['Sở KH và CN', 'agency', 'Sở Khoa học và Công nghệ'],
    ['Sở GD và ĐT', 'agency', 'Sở Giáo dục và Đào tạo'],
    ['Giám đốc Sở Y tế', 'agency', 'Sở Y tế'],
    ['Chủ tịch UBND cấp xã', 'generic', 'UBND cấp xã'],
    // The commune office since 1 July 2025 (was "Văn phòng HĐND" + "UBND xã": two leads).
    ['Văn phòng HĐND và UBND phường', 'agency', 'Văn phòng HĐND và UBND cấp xã'],
    ['Văn phòng HĐND và UBND xã', 'agency', 'Văn phòng HĐND và UBND cấp xã'],
    ['Ủy ban nhân dân cấp xã', 'generic', 'UBND cấp xã'],
    ['các cơ quan, đơn vị có liên quan', 'generic', 'Các cơ quan, đơn vị, địa phương'],
    ['chủ đầu tư', 'generic', 'Các chủ đầu tư'],
  ])('%s → %s %s', (name, kind, expected) => {
    const m = resolve(name);
    expect(m.kind).toBe(kind);
    expect(canonical(m)).toBe(expected);
  });

  it('accepts decomposed (NFD) input', () => {
    for (const name of ['Sở Nông nghiệp và Môi trường', 'Sở Kế hoạch và Đầu tư', 'Các sở, ban, ngành']) {
      const m = resolve(name.normalize('NFD'));
      expect(m.kind).not.toBe('unknown');
      expect(m.text).toBe(name);
    }
  });

  it.each<[string, string, string]>([
    ['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['Sở NN&PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
    ['Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'Sở Xây dựng'],
    ['Sở LĐTBXH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Sở Lao động, Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Ban Dân tộc tỉnh', 'Ban Dân tộc', 'Sở Dân tộc và Tôn giáo'],
    ['Cục Thuế tỉnh', 'Cục Thuế tỉnh', 'Thuế tỉnh'],
    ['Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước khu vực'],
    ['UBND các huyện, thành phố', 'UBND cấp huyện', 'UBND cấp xã'],
    ['UBND các huyện, thị xã, thành phố', 'UBND cấp huyện', 'UBND cấp xã'],
    ['Ủy ban nhân dân cấp huyện', 'UBND cấp huyện', 'UBND cấp xã'],
    ['UBND huyện', 'UBND cấp huyện', 'UBND cấp xã'],
    [
      'Đài Phát thanh và Truyền hình tỉnh',
      'Đài Phát thanh và Truyền hình tỉnh',
      'Báo và Phát thanh, Truyền hình tỉnh',
    ],
    ['Công an huyện', 'Công an huyện', 'Công an tỉnh'],
    // Abbreviations as annexes type them.
    ['Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
    ['Sở NN và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
    ['Sở LĐ-TBXH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Sở LĐTB&XH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Sở Lao động - TB&XH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    ['Sở KH và ĐT', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
    ['Sở TN và MT', 'Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['Sở GT-VT', 'Sở Giao thông vận tải', 'Sở Xây dựng'],
    ['Sở TT và TT', 'Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'],
    ['UBND các xã, thị trấn', 'UBND các xã, phường, thị trấn', 'UBND cấp xã'],
    ['Sở LĐTB và XH', 'Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
    // Department inspectorates ended in 2025.
    ['Thanh tra Sở', 'Thanh tra Sở', 'Thanh tra tỉnh'],
    // District-level bodies under any place name.
    ['UBND huyện Cao Lộc', 'UBND cấp huyện', 'UBND cấp xã'],
    ['UBND thành phố Lạng Sơn', 'UBND cấp huyện', 'UBND cấp xã'],
    ['UBND TP Buôn Ma Thuột', 'UBND cấp huyện', 'UBND cấp xã'],
    ['UBND thị xã Buôn Hồ', 'UBND cấp huyện', 'UBND cấp xã'],
    ['Phòng Nội vụ các huyện', 'UBND cấp huyện', 'UBND cấp xã'],
    ['Phòng Y tế cấp huyện', 'UBND cấp huyện', 'UBND cấp xã'],
    // District departments whose names no other level had, written without "huyện".
    ['Phòng Lao động - Thương binh và Xã hội', 'UBND cấp huyện', 'UBND cấp xã'],
    ['Phòng GD&ĐT', 'UBND cấp huyện', 'UBND cấp xã'],
    ['Phòng Tài chính - Kế hoạch', 'UBND cấp huyện', 'UBND cấp xã'],
  ])('outdated %s → %s, successor %s', (name, outdatedName, successor) => {
    expect(resolve(name)).toEqual({ kind: 'outdated', text: name, canonical: outdatedName, successor });
  });

  it.each<[string, AgencyMatch['kind'], string | undefined]>([
    // A centrally governed city's UBND is the provincial level; a bare "thành phố" is ambiguous.
    ['UBND Thành phố Hà Nội', 'unknown', undefined],
    ['UBND thành phố', 'unknown', undefined],
    // The communes' own departments since 1 July 2025 are not the old district ones.
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'unknown', undefined],
    ['Phòng Văn hóa - Xã hội', 'unknown', undefined],
    ['UBND các cấp', 'generic', 'UBND các cấp'],
    ['Các đơn vị trực thuộc', 'generic', 'Các phòng, đơn vị thuộc Sở'],
    ['Các phòng chuyên môn', 'generic', 'Các phòng, đơn vị thuộc Sở'],
    ['UBND cấp tỉnh', 'agency', 'UBND tỉnh'],
    ['Các sở, ban, ngành, đoàn thể tỉnh', 'generic', 'Các sở, ban, ngành, đoàn thể tỉnh'],
    ['Các cơ quan chuyên môn thuộc UBND tỉnh', 'generic', 'Các cơ quan chuyên môn thuộc UBND tỉnh'],
    ['Các tổ chức chính trị - xã hội', 'generic', 'Các tổ chức chính trị - xã hội'],
  ])('%s is %s', (name, kind, canonicalName) => {
    expect([resolve(name).kind, canonical(resolve(name))]).toEqual([kind, canonicalName]);
  });

  it('reports unknown names with their cleaned text', () => {
    expect(resolve('  Phòng Cảnh sát\u00a0kinh tế ')).toEqual({ kind: 'unknown', text: 'Phòng Cảnh sát kinh tế' });
    expect(resolve('')).toEqual({ kind: 'unknown', text: '' });
    expect(resolve('Sở Văn hóa').kind).toBe('unknown');
  });
});

describe('resolveAgencies', () => {
  it('splits then resolves', () => {
    expect(resolveAgencies('Sở Kế hoạch và Đầu tư, UBND các xã, phường và Phòng X', DEFAULT_DIRECTORY)).toEqual([
      { kind: 'outdated', text: 'Sở Kế hoạch và Đầu tư', canonical: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' },
      { kind: 'generic', text: 'UBND các xã, phường', canonical: 'UBND cấp xã' },
      { kind: 'unknown', text: 'Phòng X' },
    ]);
  });
});

describe('resolveAgencies on lists', () => {
  const kinds = (text: string) => resolveAgencies(text, DEFAULT_DIRECTORY).map((m) => [m.kind, canonical(m) ?? m.text]);

  it.each<[string, [string, string][]]>([
    ['Sở KH&ĐT/Sở Tài chính', [['outdated', 'Sở Kế hoạch và Đầu tư'], ['agency', 'Sở Tài chính']]],
    ['Sở Nội vụ / Sở Y tế', [['agency', 'Sở Nội vụ'], ['agency', 'Sở Y tế']]],
    ['UBND các huyện/thành phố', [['outdated', 'UBND cấp huyện']]],
    ['#N/A', [['unknown', '#N/A']]],
    ['UBND huyện Lộc Bình, UBND huyện Cao Lộc', [['outdated', 'UBND cấp huyện'], ['outdated', 'UBND cấp huyện']]],
    ['Các sở, ban, ngành, UBND các xã, thị trấn', [['generic', 'Các sở, ban, ngành'], ['outdated', 'UBND các xã, phường, thị trấn']]],
    ['Thủ trưởng các sở, ban, ngành', [['generic', 'Các sở, ban, ngành']]],
    // "Các sở:" lists departments without their "Sở"; a name with a comma stays whole.
    ['Các Sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng', [['agency', 'Sở Tài chính'], ['outdated', 'Sở Kế hoạch và Đầu tư'], ['agency', 'Sở Xây dựng']]],
    ['Các sở: Nội vụ, Văn hóa, Thể thao và Du lịch, Tư pháp', [
      ['agency', 'Sở Nội vụ'], ['agency', 'Sở Văn hóa, Thể thao và Du lịch'], ['agency', 'Sở Tư pháp']]],
    // Seen in 2025–2026 plans (a review of ~560 agency cells).
    // The merged newspaper and broadcaster, abbreviated: current, not "Báo" (outdated) + an unknown.
    ['Báo và PTTH tỉnh', [['agency', 'Báo và Phát thanh, Truyền hình tỉnh']]],
    ['Báo và PT-TH tỉnh; Sở Văn hóa, Thể thao và Du lịch', [['agency', 'Báo và Phát thanh, Truyền hình tỉnh'], ['agency', 'Sở Văn hóa, Thể thao và Du lịch']]],
    // "&" for "và" in a current department's name (was unknown, or cut in two).
    ['Sở Giáo dục & Đào tạo', [['agency', 'Sở Giáo dục và Đào tạo']]],
    ['Sở Nông nghiệp & Môi trường, Sở Khoa học & Công nghệ', [['agency', 'Sở Nông nghiệp và Môi trường'], ['agency', 'Sở Khoa học và Công nghệ']]],
    ['Sở Văn hóa, Thể thao & Du lịch', [['agency', 'Sở Văn hóa, Thể thao và Du lịch']]],
    ['Sở Giáo dục - Đào tạo', [['agency', 'Sở Giáo dục và Đào tạo']]],
    // The communes in the order some provinces write them.
    ['UBND các phường, xã', [['generic', 'UBND cấp xã']]],
    ['UBND các phường, xã, đặc khu', [['generic', 'UBND cấp xã']]],
    // A commune-level body is not the province's (was Công an tỉnh + UBND cấp xã).
    ['Công an các xã, phường', [['generic', 'Công an cấp xã']]],
    ['Công an cấp xã; Sở Tư pháp', [['generic', 'Công an cấp xã'], ['agency', 'Sở Tư pháp']]],
    ['Trung tâm Phục vụ hành chính công các xã, phường', [['generic', 'Trung tâm Phục vụ hành chính công cấp xã']]],
    // A department's inspectorate is gone (was Thanh tra tỉnh + the department: two leads).
    ['Thanh tra Sở Y tế', [['outdated', 'Thanh tra Sở']]],
    ['Thanh tra Sở Xây dựng, Công an tỉnh', [['outdated', 'Thanh tra Sở'], ['agency', 'Công an tỉnh']]],
    // A remark in brackets with a comma after "tỉnh" (was unknown).
    ['Công an tỉnh (Phòng An ninh mạng, Phòng Cảnh sát kinh tế)', [['agency', 'Công an tỉnh']]],
    ['Văn phòng UBND tỉnh (Trung tâm PVHCC, Cổng TTĐT)', [['agency', 'Văn phòng UBND tỉnh']]],
    // Districts listed in another order are one outdated name (a stray piece was an unknown second agency).
    ['UBND các huyện, thành phố, thị xã', [['outdated', 'UBND cấp huyện']]],
    ['UBND các quận, huyện, thị xã', [['outdated', 'UBND cấp huyện']]],
    ['UBND các huyện, TP', [['outdated', 'UBND cấp huyện']]],
    // Bodies moved in 2025.
    ['Ban Tôn giáo (Sở Nội vụ)', [['outdated', 'Ban Tôn giáo']]],
    ['Cục Quản lý thị trường tỉnh', [['outdated', 'Cục Quản lý thị trường tỉnh']]],
    ['Ban cán sự đảng UBND tỉnh', [['outdated', 'Ban cán sự đảng UBND tỉnh']]],
    // Current bodies that were missing.
    ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', [['agency', 'Bộ đội Biên phòng tỉnh']]],
    ['Ban Chỉ huy BĐBP tỉnh', [['agency', 'Bộ đội Biên phòng tỉnh']]],
    ['Trường Chính trị tỉnh; Đảng ủy UBND tỉnh', [['agency', 'Trường Chính trị tỉnh'], ['agency', 'Đảng ủy UBND tỉnh']]],
    ['Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh', [['agency', 'Tòa án nhân dân tỉnh'], ['agency', 'Viện kiểm sát nhân dân tỉnh']]],
    ['Thường trực HĐND tỉnh', [['agency', 'HĐND tỉnh']]],
    ['Ngân hàng Chính sách xã hội chi nhánh tỉnh', [['agency', 'Ngân hàng Chính sách xã hội tỉnh']]],
    // Groups.
    ['Các sở, ban, ngành cấp tỉnh', [['generic', 'Các sở, ban, ngành']]],
    ['Các đoàn thể chính trị - xã hội', [['generic', 'Các tổ chức chính trị - xã hội']]],
    ['Các cơ quan, đơn vị trực thuộc UBND tỉnh', [['generic', 'Các cơ quan chuyên môn thuộc UBND tỉnh']]],
    ['Các cơ quan báo chí', [['generic', 'Các cơ quan báo chí']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('DEFAULT_DIRECTORY', () => {
  const entries = [...DEFAULT_DIRECTORY.agencies, ...DEFAULT_DIRECTORY.outdated];

  it('no two entries share a name key', () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const n of [e.name, ...e.aliases]) {
        const key = agencyKey(n);
        expect(owner.get(key) ?? e.name).toBe(e.name);
        owner.set(key, e.name);
      }
    }
  });

  it('every name and alias resolves to its own entry', () => {
    for (const e of entries) {
      for (const n of [e.name, ...e.aliases]) expect([n, canonical(resolve(n))]).toEqual([n, e.name]);
    }
  });

  it('every successor is a current entry', () => {
    for (const e of DEFAULT_DIRECTORY.outdated) {
      const m = resolve(e.successor);
      expect([e.successor, m.kind === 'agency' || m.kind === 'generic']).toEqual([e.successor, true]);
      expect(canonical(m)).toBe(e.successor);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_DIRECTORY.agencies)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DIRECTORY.agencies[0])).toBe(true);
  });
});

describe('extendDirectory', () => {
  it('adds a province’s agencies and aliases', () => {
    const dir = extendDirectory(DEFAULT_DIRECTORY, {
      agencies: [{ name: 'Sở Tài chính', aliases: ['STC'] }, { name: 'Trường Cao đẳng Y tế tỉnh' }],
    });
    expect(canonical(resolveAgency('STC', dir))).toBe('Sở Tài chính');
    expect(resolveAgency('Trường Cao đẳng Y tế tỉnh Lạng Sơn', dir).kind).toBe('agency');
    expect(resolveAgency('Trường Cao đẳng Y tế tỉnh', DEFAULT_DIRECTORY).kind).toBe('unknown');
    expect(dir.agencies.filter((e) => e.name === 'Sở Tài chính')).toHaveLength(1);
  });

  it('lets a province declare a default agency outdated', () => {
    const dir = extendDirectory(DEFAULT_DIRECTORY, {
      outdated: [{ name: 'Sở Ngoại vụ', successor: 'Văn phòng UBND tỉnh' }],
    });
    expect(resolveAgency('Sở Ngoại vụ', dir)).toMatchObject({ kind: 'outdated', successor: 'Văn phòng UBND tỉnh' });
    expect(resolve('Sở Ngoại vụ').kind).toBe('agency');
  });

  it('drops only a clashing alias of a default entry', () => {
    const extra = { agencies: [{ name: 'Sở Xây dựng và Giao thông', aliases: ['Sở XD'] }] };
    const dir = extendDirectory(DEFAULT_DIRECTORY, extra);
    expect(canonical(resolveAgency('Sở XD', dir))).toBe('Sở Xây dựng và Giao thông');
    expect(canonical(resolveAgency('Sở Xây dựng', dir))).toBe('Sở Xây dựng');
  });

  it.each<[string, unknown]>([
    ['not an object', 'x'],
    ['missing name', { agencies: [{ aliases: [] }] }],
    ['outdated without successor', { outdated: [{ name: 'Sở X' }] }],
    ['misspelt key', { agency: [] }],
  ])('throws a ZodError when %s', (_label, extra) => {
    expect(() => extendDirectory(DEFAULT_DIRECTORY, extra)).toThrow(ZodError);
  });
});
