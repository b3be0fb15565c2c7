import { splitLeadCell } from '../../../src/core/agency/lead-cell';
import type { Grid } from '../../../src/core/grid';
import { validateGrids } from '../../../src/core/validate';

describe('splitLeadCell', () => {
  it.each<[string, string, string]>([
    ['Sở Nội vụ', 'Sở Nội vụ', ''],
    ['Sở Nội vụ; Sở Tài chính', 'Sở Nội vụ; Sở Tài chính', ''],
    ['Sở Nội vụ chủ trì, Sở Tài chính phối hợp', 'Sở Nội vụ chủ trì', 'Sở Tài chính phối hợp'],
    ['Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)', 'Sở Nội vụ (chủ trì)', 'Sở Tài chính (phối hợp)'],
    ['Sở Nội vụ chủ trì, phối hợp với các sở, ngành', 'Sở Nội vụ chủ trì', 'các sở, ngành'],
    ['Sở Tư pháp chủ trì, phối hợp các cơ quan liên quan', 'Sở Tư pháp chủ trì', 'các cơ quan liên quan'],
    ['Văn phòng UBND tỉnh chủ trì phối hợp Sở Nội vụ', 'Văn phòng UBND tỉnh chủ trì', 'Sở Nội vụ'],
    ['Sở Nội vụ phối hợp với Sở Tư pháp', 'Sở Nội vụ', 'Sở Tư pháp'],
    ['Sở Văn hóa, Thể thao và Du lịch chủ trì, Sở KH&ĐT phối hợp', 'Sở Văn hóa, Thể thao và Du lịch chủ trì', 'Sở KH&ĐT phối hợp'],
    // A name marked "(chủ trì)" leads, the others support (were several leads); a council's name keeps "phối hợp".
    ['Sở Nông nghiệp và Môi trường (chủ trì), Sở Tài chính', 'Sở Nông nghiệp và Môi trường (chủ trì)', 'Sở Tài chính'],
    ['Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch (chủ trì); Công an tỉnh', 'Sở Văn hóa, Thể thao và Du lịch (chủ trì)', 'Sở Tài chính; Công an tỉnh'],
    ['Hội đồng phối hợp PBGDPL tỉnh', 'Hội đồng phối hợp PBGDPL tỉnh', ''],
    ['Sở Y tế chủ trì, các sở, ban phối hợp', 'Sở Y tế chủ trì', 'các sở, ban phối hợp'],
    // A line break may fall inside the marked name.
    ['Sở Nông nghiệp và\nMôi trường (chủ trì)', 'Sở Nông nghiệp và\nMôi trường (chủ trì)', ''],
    ['Sở Nội vụ\n(chủ trì)', 'Sở Nội vụ\n(chủ trì)', ''],
    // The names between the lead and "phối hợp" support (the first was a second lead).
    ['Sở Nội vụ chủ trì; Sở Tài chính, Sở Tư pháp phối hợp', 'Sở Nội vụ chủ trì', 'Sở Tài chính, Sở Tư pháp phối hợp'],
    ['Sở Nội vụ chủ trì, Sở Văn hóa, Thể thao và Du lịch phối hợp', 'Sở Nội vụ chủ trì', 'Sở Văn hóa, Thể thao và Du lịch phối hợp'],
    // What the lead does, after "chủ trì", is no agency (was a second, unknown lead).
    ['Sở Nội vụ chủ trì, tổng hợp', 'Sở Nội vụ chủ trì', ''],
    ['Sở Tư pháp chủ trì, hướng dẫn', 'Sở Tư pháp chủ trì', ''],
    ['Sở Nội vụ chủ trì, đôn đốc các cơ quan, đơn vị thực hiện và tổng hợp báo cáo', 'Sở Nội vụ chủ trì', ''],
    ['Sở Tài chính chủ trì tham mưu', 'Sở Tài chính chủ trì', ''],
    ['Giao Sở Nội vụ chủ trì, theo dõi', 'Sở Nội vụ chủ trì', ''],
    ['Sở Nội vụ là cơ quan chủ trì', 'Sở Nội vụ chủ trì', ''],
    // "với sự phối hợp của …", "có sự tham gia của …" (the lead got "sự", the supporters "của …").
    ['Sở Tài chính chủ trì với sự phối hợp của Sở Xây dựng', 'Sở Tài chính chủ trì', 'Sở Xây dựng'],
    ['Sở Y tế chủ trì, có sự tham gia của Công an tỉnh', 'Sở Y tế chủ trì', 'Công an tỉnh'],
    // An agency after "chủ trì," is still named: the cell's supporters or second lead are left to the rules.
    ['Sở Nội vụ chủ trì, Sở Tài chính', 'Sở Nội vụ chủ trì, Sở Tài chính', ''],
    ['Sở Nội vụ chủ trì, Tổ chức Công đoàn', 'Sở Nội vụ chủ trì, Tổ chức Công đoàn', ''],
  ])('%j → lead %j, supporters %j', (text, lead, support) => {
    expect(splitLeadCell(text)).toEqual({ lead, support });
  });
});

describe('a lead cell that names its supporters', () => {
  const H = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  const issues = (lead: string, support = '') => {
    const grid: Grid = { sheet: 'Biểu 1', values: [H, [1, 'Rà soát thủ tục', lead, support, 'Quý III/2026', 'Báo cáo']], merges: [] };
    return (validateGrids('x.xlsx', [grid], { year: 2026 }).tables[0]?.issues ?? []).map((i) => `${i.code}@${i.column}${i.row}`);
  };

  it('has one lead, not several', () => {
    expect(issues('Sở Nội vụ chủ trì, Sở Tài chính phối hợp')).toEqual([]);
    expect(issues('Sở Nội vụ; Sở Tài chính')).toEqual(['multiple-leads@C2']);
  });

  it.each([
    'Sở Nội vụ chủ trì, tổng hợp', 'Sở Tài chính chủ trì với sự phối hợp của Sở Xây dựng', 'Giao Sở Nội vụ chủ trì, theo dõi',
    'Sở Giáo dục & Đào tạo', 'Báo và PTTH tỉnh', 'Công an tỉnh (Phòng An ninh mạng, Phòng Cảnh sát kinh tế)',
  ])('%j is one known lead: nothing to flag (was multiple-leads or an unknown lead)', (lead) => {
    expect(issues(lead)).toEqual([]);
  });

  it('a department inspectorate is one outdated lead, not two leads', () => {
    expect(issues('Thanh tra Sở Y tế')).toEqual(['outdated-agency@C2']);
  });

  it('still has an old name among the supporters flagged, in the lead column', () => {
    expect(issues('Sở Nội vụ chủ trì, Sở KH&ĐT phối hợp')).toEqual(['outdated-agency@C2']);
  });

  it('is not "lead also in support" for a supporter listed in both cells', () => {
    expect(issues('Sở Nội vụ chủ trì, Sở Tài chính phối hợp', 'Sở Tài chính')).toEqual([]);
  });
});
