import type { CellValue, Grid } from '../../../src/core/grid';
import { validateGrids } from '../../../src/core/validate';

const HEADER: CellValue[] = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

function leadIssues(lead: string, support = ''): { code: string; row: number; column?: string; params: unknown }[] {
  const grid: Grid = {
    sheet: 'Biểu',
    values: [['KẾ HOẠCH NĂM 2026'], [], HEADER, [1, 'Rà soát thủ tục hành chính', lead, support, 'Quý III/2026']],
    merges: [],
  };
  const issues = validateGrids('t.xlsx', [grid]).tables[0]?.issues ?? [];
  return issues
    .filter((i) => ['multiple-leads', 'generic-lead', 'lead-in-support', 'outdated-agency'].includes(i.code))
    .map(({ code, row, column, params }) => ({ code, row, ...(column ? { column } : {}), params }));
}

describe('lead agency rules', () => {
  it.each<[string, string, unknown[]]>([
    ['Sở Nội vụ', '', []],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Tài chính', []],
    ['Sở Tài chính; Công an tỉnh', '', [{ code: 'multiple-leads', row: 4, column: 'C', params: { count: 2, agencies: 'Sở Tài chính; Công an tỉnh' } }]],
    ['Sở Nội vụ, Sở Tư pháp và Thanh tra tỉnh', '', [{ code: 'multiple-leads', row: 4, column: 'C', params: { count: 3, agencies: 'Sở Nội vụ; Sở Tư pháp; Thanh tra tỉnh' } }]],
    ['Các sở, ban, ngành', '', [{ code: 'generic-lead', row: 4, column: 'C', params: { agency: 'Các sở, ban, ngành' } }]],
    ['Các sở, ban, ngành; UBND các xã, phường', '', [{ code: 'generic-lead', row: 4, column: 'C', params: { agency: 'Các sở, ban, ngành; UBND các xã, phường' } }]],
    ['Sở Nội vụ; các sở, ban, ngành', '', []],
    // Lạng Sơn VIII.1: a generic group with a qualifying clause that itself holds commas.
    ['Sở Khoa học và Công nghệ; các Sở, Ban, ngành được phân công chủ trì thực hiện các mục tiêu, nhiệm vụ tại Kế hoạch chuyển đổi số', '', []],
    ['Các sở, ban, ngành được giao nhiệm vụ', '', [{ code: 'generic-lead', row: 4, column: 'C', params: { agency: 'Các sở, ban, ngành được giao nhiệm vụ' } }]],
    ['Sở Nội vụ', 'Sở Tài chính; Sở Nội vụ', [{ code: 'lead-in-support', row: 4, column: 'D', params: { agency: 'Sở Nội vụ' } }]],
    ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', [{ code: 'lead-in-support', row: 4, column: 'D', params: { agency: 'VP UBND tỉnh' } }]],
    // The same old name in both cells is both errors.
    ['Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư, Sở Xây dựng', [
      { code: 'outdated-agency', row: 4, column: 'C', params: { agency: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' } },
      { code: 'lead-in-support', row: 4, column: 'D', params: { agency: 'Sở Kế hoạch và Đầu tư' } },
      { code: 'outdated-agency', row: 4, column: 'D', params: { agency: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' } },
    ]],
    // The supporter's old name is the error; the lead is not named there.
    ['Sở Khoa học và Công nghệ', 'Sở Thông tin và Truyền thông', [
      { code: 'outdated-agency', row: 4, column: 'D', params: { agency: 'Sở Thông tin và Truyền thông', successor: 'Sở Khoa học và Công nghệ' } },
    ]],
    ['Sở Kế hoạch và Đầu tư', '', [{ code: 'outdated-agency', row: 4, column: 'C', params: { agency: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' } }]],
    // The outdated-agency error already asks for a rewrite; a generic-lead warning on the same cell would be noise.
    ['UBND các huyện, thành phố', '', [
      { code: 'outdated-agency', row: 4, column: 'C', params: { agency: 'UBND các huyện, thành phố', successor: 'UBND cấp xã' } },
    ]],
  ])('lead %j, support %j', (lead, support, expected) => {
    expect(leadIssues(lead, support)).toEqual(expected);
  });
});

describe('a lead column headed "Cơ quan chủ trì, phối hợp"', () => {
  const issuesUnder = (label: string, cell: string) => {
    const grid: Grid = {
      sheet: 'Biểu',
      values: [['KẾ HOẠCH NĂM 2026'], ['STT', 'Nội dung', label, 'Thời gian hoàn thành'], [1, 'Rà soát thủ tục hành chính', cell, 'Quý III/2026']],
      merges: [],
    };
    return (validateGrids('t.xlsx', [grid]).tables[0]?.issues ?? []).map(({ code, row, column, params }) => ({ code, row, column, params }));
  };

  it.each<[string]>([['Cơ quan chủ trì, phối hợp'], ['Chủ trì/phối hợp'], ['Cơ quan chủ trì và phối hợp']])('%j: the first agency leads, the others support', (label) => {
    expect(issuesUnder(label, 'Sở Nội vụ; Sở Tài chính, Thanh tra tỉnh')).toEqual([]);
  });

  it('an abolished supporter is still caught, in that column', () => {
    expect(issuesUnder('Cơ quan chủ trì, phối hợp', 'Sở Nội vụ; Sở Kế hoạch và Đầu tư')).toEqual([
      { code: 'outdated-agency', row: 3, column: 'C', params: { agency: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' } },
    ]);
  });

  it('a lead column headed "Cơ quan chủ trì" keeps every name as a lead', () => {
    expect(issuesUnder('Cơ quan chủ trì', 'Sở Nội vụ; Sở Tài chính').map((i) => i.code)).toEqual(['multiple-leads']);
  });
});
