import type { InvalidReason } from '../deadline/types';
import type { MessageTable, RoleLabels } from './types';

export const ROLE_LABELS_VI: RoleLabels = {
  number: 'STT', task: 'Nhiệm vụ/Nội dung', lead: 'Cơ quan chủ trì', support: 'Cơ quan phối hợp',
  deadline: 'Thời gian hoàn thành', output: 'Sản phẩm/Kết quả', area: 'Lĩnh vực/Tiêu chí', shortcoming: 'Tồn tại, hạn chế',
  executor: 'Cơ quan thực hiện', unit: 'Đơn vị tính', target: 'Chỉ tiêu/Kế hoạch', directing: 'Lãnh đạo chỉ đạo',
  status: 'Tình trạng', progress: 'Tiến độ (%)', completion: 'Ngày hoàn thành', report: 'Kết quả thực hiện', note: 'Ghi chú',
};

export const MESSAGES_VI: MessageTable = {
  'missing-column': (p) => ({
    message: `Bảng thiếu cột "${ROLE_LABELS_VI[p.role as keyof RoleLabels] ?? p.role}"`,
    hint: 'Thêm cột này vào dòng tiêu đề, hoặc đặt lại tên tiêu đề cho đúng (ví dụ "Cơ quan chủ trì", "Thời gian hoàn thành").',
  }),
  'missing-task': () => ({ message: 'Dòng có số thứ tự nhưng không có nội dung nhiệm vụ', hint: 'Nhập nội dung nhiệm vụ, hoặc xóa số thứ tự nếu đây không phải một nhiệm vụ.' }),
  'missing-lead': () => ({ message: 'Nhiệm vụ chưa có cơ quan chủ trì', hint: 'Ghi một cơ quan chịu trách nhiệm chính, ví dụ "Sở Nội vụ".' }),
  'missing-deadline': () => ({ message: 'Nhiệm vụ chưa có thời gian hoàn thành', hint: 'Ghi thời hạn, ví dụ "31/12/2026", "Quý III/2026" hoặc "Thường xuyên".' }),
  'invalid-deadline': (p) => ({
    message: `Thời hạn "${p.text}" không tồn tại (${REASON_VI[p.reason]})`,
    hint: 'Sửa lại ngày, tháng hoặc quý cho đúng, ví dụ "28/02/2026", "Quý IV/2026".',
  }),
  'unrecognized-deadline': (p) => ({
    message: `Không hiểu thời hạn "${p.text}"`,
    hint: 'Viết theo một dạng quen dùng: "31/12/2026", "Tháng 6/2026", "Quý III/2026", "Trong năm 2026", "Thường xuyên", "Theo kế hoạch của …".',
  }),
  'deadline-outside-plan': (p) => ({
    message: p.planDate && p.due < p.planDate
      ? `Thời hạn ${fmt(p.due)} đã qua trước ngày ban hành kế hoạch (${fmt(p.planDate)})`
      : `Thời hạn ${fmt(p.due)} nằm ngoài ${p.lastYear ? `giai đoạn kế hoạch ${p.year}–${p.lastYear}` : `năm kế hoạch ${p.year}`}`,
    hint: 'Kiểm tra lại năm của thời hạn, hoặc chỉ định năm kế hoạch (--year).',
  }),
  'duplicate-number': (p) => ({ message: `Số thứ tự "${p.number}" bị trùng với dòng ${p.firstRow}`, hint: 'Đánh lại số thứ tự trong mục này.' }),
  'numbering-gap': (p) => ({ message: `Số thứ tự nhảy cóc: cần "${p.expected}", gặp "${p.found}"`, hint: 'Đánh lại số thứ tự liên tục, hoặc bổ sung nhiệm vụ còn thiếu.' }),
  'repeated-header': () => ({ message: 'Dòng tiêu đề lặp lại giữa bảng (do chuyển từ PDF/Word)', hint: 'Có thể xóa dòng này; khi in, dùng "Print Titles" để lặp tiêu đề.' }),
  'multiple-leads': (p) => ({
    message: `Nhiệm vụ có ${p.count} cơ quan chủ trì: ${p.agencies}`,
    hint: 'Nên giao một cơ quan chủ trì duy nhất để rõ trách nhiệm; chuyển các cơ quan còn lại sang cột phối hợp.',
  }),
  'generic-lead': (p) => ({ message: `Cơ quan chủ trì chỉ ghi chung chung: "${p.agency}"`, hint: 'Ghi rõ cơ quan chịu trách nhiệm chính (ví dụ "Sở Nội vụ").' }),
  'outdated-agency': (p) => ({ message: `Tên cơ quan "${p.agency}" không còn từ ngày 01/7/2025`, hint: `Thay bằng "${p.successor}".` }),
  'lead-in-support': (p) => ({ message: `"${p.agency}" vừa chủ trì vừa phối hợp`, hint: 'Bỏ cơ quan này khỏi cột phối hợp.' }),
  'markup-in-cell': (p) => ({ message: `Ô chứa mã HTML "${p.tag}" còn sót khi chuyển đổi`, hint: 'Xóa các thẻ HTML, giữ lại nội dung chữ.' }),
  'legacy-encoding': (p) => ({
    message: `Ô dùng bảng mã cũ ${p.encoding === 'vni' ? 'VNI' : 'TCVN3 (ABC)'}: "${p.decoded}"`,
    hint: 'Chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi dùng phông Times New Roman.',
  }),
  'decomposed-unicode': (p) => ({
    message: p.cells > 1 ? `${p.cells} ô của bảng dùng Unicode tổ hợp (dấu tách rời), ô này là ô đầu tiên` : 'Ô dùng Unicode tổ hợp (dấu tách rời)',
    hint: p.cells > 1
      ? 'Chuyển cả tệp sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, từ "Unicode tổ hợp" sang "Unicode") để tìm kiếm và sắp xếp đúng.'
      : 'Chuyển sang Unicode dựng sẵn để tìm kiếm và sắp xếp đúng.',
  }),
  'unknown-status': (p) => ({
    message: `Không hiểu tình trạng "${p.text}"`,
    hint: 'Dùng một trong: "Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Tạm dừng".',
  }),
};

const REASON_VI: Record<InvalidReason, string> = {
  'day-out-of-range': 'ngày không có trong tháng',
  'month-out-of-range': 'tháng không hợp lệ',
  'quarter-out-of-range': 'quý không hợp lệ',
  'half-out-of-range': 'không có nửa năm này',
  'year-out-of-range': 'năm không hợp lệ',
  'serial-out-of-range': 'số ngày của Excel nằm ngoài lịch',
  'not-a-date': 'không phải một ngày',
  'formula-error': 'ô có lỗi công thức',
};

function fmt(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
