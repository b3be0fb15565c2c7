import type { Lang } from '../core/messages';

type Texts = Record<string, (arg: string) => string>;

const VI: Texts = {
  'unknown-command': (a) => `Lệnh không hợp lệ "${a}". Dùng: annex validate <tệp.xlsx>… hoặc annex summarize <tệp.xlsx>`,
  'missing-value': (a) => `Tùy chọn ${a} cần một giá trị`,
  'bad-date': (a) => `Ngày "${a}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ 2026-11-23`,
  'bad-year': (a) => `Năm "${a}" không hợp lệ; viết 4 chữ số, ví dụ 2026`,
  'bad-lang': (a) => `Ngôn ngữ "${a}" không hỗ trợ; dùng vi hoặc en`,
  'bad-number': (a) => `Số "${a}" không hợp lệ`,
  'unknown-option': (a) => `Tùy chọn không hỗ trợ: ${a}`,
  'no-files': () => 'Chưa chỉ định tệp .xlsx nào',
  'one-file': () => 'Lệnh summarize nhận đúng một tệp',
  'not-found': (f) => `${f}: không tìm thấy tệp`,
  'not-a-file': (f) => `${f}: đây là thư mục, không phải tệp`,
  'legacy-xls': (f) => `${f}: tệp Excel cũ (.xls) — hãy mở bằng Excel và lưu thành .xlsx`,
  'password-protected': (f) => `${f}: tệp được đặt mật khẩu — hãy gỡ mật khẩu (File > Info > Protect Workbook) rồi thử lại`,
  'not-xlsx': (f) => `${f}: không phải tệp .xlsx — hãy lưu bảng dưới dạng Excel Workbook (.xlsx)`,
  corrupt: (f) => `${f}: tệp .xlsx bị hỏng, không đọc được — hãy mở bằng Excel, lưu lại rồi thử lại`,
  'bad-settings': (f) => `Tệp cài đặt không hợp lệ: ${f}`,
  'output-is-input': (f) => `${f}: tệp kết quả trùng tệp đầu vào; chọn tên khác với -o`,
};

const EN: Texts = {
  'unknown-command': (a) => `Unknown command "${a}". Use: annex validate <file.xlsx>… or annex summarize <file.xlsx>`,
  'missing-value': (a) => `Option ${a} needs a value`,
  'bad-date': (a) => `Invalid date "${a}"; use YYYY-MM-DD, e.g. 2026-11-23`,
  'bad-year': (a) => `Invalid year "${a}"; use four digits, e.g. 2026`,
  'bad-lang': (a) => `Unsupported language "${a}"; use vi or en`,
  'bad-number': (a) => `Invalid number "${a}"`,
  'unknown-option': (a) => `Unsupported option: ${a}`,
  'no-files': () => 'No .xlsx file given',
  'one-file': () => 'summarize takes exactly one file',
  'not-found': (f) => `${f}: file not found`,
  'not-a-file': (f) => `${f}: is a directory, not a file`,
  'legacy-xls': (f) => `${f}: legacy .xls workbook — open it in Excel and save as .xlsx`,
  'password-protected': (f) => `${f}: workbook is password-protected — remove the password and try again`,
  'not-xlsx': (f) => `${f}: not an .xlsx file — save it as Excel Workbook (.xlsx)`,
  corrupt: (f) => `${f}: damaged .xlsx, cannot be read — open it in Excel, save it again and retry`,
  'bad-settings': (f) => `Invalid settings file: ${f}`,
  'output-is-input': (f) => `${f}: output would overwrite the input; choose another name with -o`,
};

/** "code:arg" → one line in the chosen language. */
export function cliMessage(key: string, lang: Lang): string {
  const i = key.indexOf(':');
  const code = i < 0 ? key : key.slice(0, i);
  const arg = i < 0 ? '' : key.slice(i + 1);
  const fn = (lang === 'en' ? EN : VI)[code];
  return fn ? fn(arg) : key;
}

export const USAGE = `Trợ lý Phụ lục — kiểm tra và tổng hợp phụ lục nhiệm vụ (Annex Assistant)

  annex validate <tệp.xlsx>… [--json] [--today YYYY-MM-DD] [--year YYYY] [--lang vi|en] [--settings tỉnh.json]
  annex summarize <tệp.xlsx> [-o kết-quả.xlsx] [--today YYYY-MM-DD] [--due-soon-days N] [--json] [--lang vi|en]

Mã thoát / exit status: 0 không có lỗi (no error), 1 có lỗi (errors found), 2 không đọc được tệp hoặc sai cú pháp (unreadable input, bad usage).`;
