/**
 * A generated annex sheet of any size, shaped like the real ones (title block, six standard columns, sections with
 * Roman numerals, long Vietnamese task text, dates as text and as real dates) with a few defects on purpose.
 * Deterministic; pure TypeScript (the browser end-to-end run may use it too).
 */
import type { SimCellInput, SimSheetInput } from './loader';

const LEADS = [
  'Sở Tài chính', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh',
  'Văn phòng UBND tỉnh', 'Thanh tra tỉnh', 'Sở Dân tộc và Tôn giáo',
];
const VERBS = ['Xây dựng, trình', 'Tổ chức triển khai', 'Rà soát, sửa đổi, bổ sung', 'Hướng dẫn, kiểm tra việc thực hiện', 'Tham mưu ban hành', 'Đẩy mạnh ứng dụng công nghệ thông tin trong'];
const OBJECTS = [
  'kế hoạch cải cách hành chính và chuyển đổi số trên địa bàn tỉnh giai đoạn 2026 - 2030',
  'quy định về phân cấp quản lý, sử dụng tài sản công tại các cơ quan, đơn vị thuộc phạm vi quản lý của tỉnh',
  'đề án nâng cao chất lượng nguồn nhân lực, thu hút người có trình độ cao về công tác tại tỉnh',
  'chương trình phát triển hạ tầng giao thông, thủy lợi phục vụ sản xuất nông nghiệp hàng hóa tập trung',
  'cơ chế, chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã khởi nghiệp đổi mới sáng tạo',
];
const PRODUCTS = ['Quyết định của UBND tỉnh', 'Báo cáo kết quả thực hiện', 'Kế hoạch của UBND tỉnh', 'Văn bản hướng dẫn', 'Nghị quyết của HĐND tỉnh'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function roman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC', 'C'];
  return `${tens[Math.floor(n / 10)] ?? ''}${n % 10 === 0 ? '' : ROMAN[(n % 10) - 1]}`;
}

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length] as T;
}

export interface GeneratedAnnex {
  sheet: SimSheetInput;
  tasks: number;
  /** 1-based rows of tasks whose lead cell was left empty on purpose. */
  missingLeadRows: number[];
}

/**
 * `tasks` tasks in sections of `perSection`; defects: a missing lead every 97th task, an outdated agency every 53rd,
 * and with `defectEvery` n also an impossible date every n-th task and a generic lead every n-th (offset by one).
 */
export function generateAnnex(tasks: number, opts: { name?: string; year?: number; perSection?: number; defectEvery?: number } = {}): GeneratedAnnex {
  const year = opts.year ?? 2026;
  const perSection = opts.perSection ?? 50;
  const values: SimCellInput[][] = [
    ['PHỤ LỤC'],
    [`DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM ${year}`],
    [`(Kèm theo Kế hoạch số 15/KH-UBND ngày 20/01/${year} của Ủy ban nhân dân tỉnh)`],
    [],
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
  ];
  const numberFormats: (string | undefined)[][] = [];
  const merges = ['A1:F1', 'A2:F2', 'A3:F3'];
  const missingLeadRows: number[] = [];
  for (let t = 0; t < tasks; t++) {
    if (t % perSection === 0) {
      const s = t / perSection + 1;
      values.push([roman(s), `LĨNH VỰC ${s}: ${pick(OBJECTS, s).toUpperCase().slice(0, 60)}`]);
      merges.push(`B${values.length}:F${values.length}`);
    }
    const row = values.length;
    const month = (t % 12) + 1;
    let deadline: SimCellInput;
    if (t % 5 === 0) deadline = `Quý ${ROMAN[Math.floor((month - 1) / 3)]}/${year}`;
    else if (t % 5 === 1) deadline = `Tháng ${month}/${year}`;
    else if (t % 5 === 2) deadline = new Date(Date.UTC(year, month - 1, 15));
    else if (t % 5 === 3) deadline = `${String(month === 2 ? 28 : 30).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
    else deadline = 'Thường xuyên';
    const every = opts.defectEvery;
    if (every && t % every === 0) deadline = `31/02/${year}`;
    if (deadline instanceof Date) numberFormats[row] = [undefined, undefined, undefined, undefined, 'dd/mm/yyyy'];
    let lead: SimCellInput = pick(LEADS, t * 7);
    if (t % 97 === 96) {
      lead = null;
      missingLeadRows.push(row + 1);
    } else if (t % 53 === 52) lead = 'Sở Kế hoạch và Đầu tư';
    else if (every && t % every === 1) lead = 'Các sở, ban, ngành';
    values.push([
      String(t + 1),
      `${pick(VERBS, t)} ${pick(OBJECTS, t * 3)}; bảo đảm tiến độ, chất lượng theo chỉ đạo của Tỉnh ủy, HĐND tỉnh (nhiệm vụ số ${t + 1}).`,
      lead,
      `${pick(LEADS, t * 7 + 3)}; ${pick(LEADS, t * 7 + 5)}; UBND các xã, phường`,
      deadline,
      pick(PRODUCTS, t),
    ]);
  }
  return {
    sheet: { name: opts.name ?? 'Phụ lục', values, numberFormats, merges },
    tasks,
    missingLeadRows,
  };
}
