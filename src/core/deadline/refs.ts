/**
 * Conditional and by-reference deadlines, and the dates of cited documents, which are when a document
 * was signed, not deadlines ("Theo Quyết định số 12/QĐ-UBND ngày 5/3/2026"). All on matchKey()-ed text.
 */

const DOC =
  '(?:quyet dinh|ke hoach|nghi quyet|nghi dinh|thong tu|cong van|chi thi|thong bao|van ban|huong dan|chuong trinh|de an|luat|ket luan|to trinh|qd|kh|cv|nq|tb|kl)';
// "Kế hoạch 6 tháng", "số 5 ngày" are durations, not document numbers.
const NUMBER = '(?: \\d+){1,2}(?! (?:thang|quy|nam|ngay|tuan|lan|dot)\\b)';
// Up to six words between the number and "ngày" (codes, "của UBND tỉnh"), none of them a deadline word:
// in "Kế hoạch số 45/KH-UBND, hoàn thành trước ngày 30/6/2026" the date is a deadline. "TU" after a code is the
// Provincial Party Committee ("15-NQ/TU"), not "từ".
const WORDS = '(?: [a-z]{1,3} tu\\b| (?!(?:truoc|den|toi|tu|trong|han|cham|hoan|xong|ket|bat)\\b)[a-z0-9]+){0,6}';
/** "quyet dinh so 12 qd ubnd ngay", "so 1234 ubnd kt ngay", "thong tu 10 2026 tt bnv ngay", "ke hoach so kh ubnd ngay". */
// Also a data cut-off: "số liệu (tính) đến (ngày) 31/12/2025" is not when the work is due.
const REFERENCE_HEAD = `(?:(?:\\b${DOC} so|(?:\\b${DOC}|\\bso)${NUMBER})${WORDS} ngay|\\bso lieu(?: tinh)? (?:den|toi)(?: het)?(?: ngay)?)`;

const ENDS_WITH_REFERENCE_HEAD = new RegExp(`${REFERENCE_HEAD}$`);
const REFERENCE_DATE = new RegExp(
  `(?<=${REFERENCE_HEAD}) (?:\\d{1,2} thang \\d{1,2}(?: nam \\d+)?|\\d{1,2} \\d{1,2} \\d+)\\b`,
  'g',
);

/** True when a key ends with "… số 12/QĐ-UBND ngày": the date that follows is a cited document's. */
export function endsWithReferenceHead(keyBefore: string): boolean {
  return ENDS_WITH_REFERENCE_HEAD.test(keyBefore);
}

/** The key without cited documents' dates ("… ngay 5 3 2026" → "… ngay"), so no scan reads them. */
export function withoutReferenceDates(key: string): string {
  return key.replace(REFERENCE_DATE, '');
}

const CONDITIONAL = new RegExp(
  [
    `\\btheo (?:${DOC}|thoi han|thoi gian|quy dinh|yeu cau|tien do|chi dao|lo trinh|thong bao|de nghi|lich|phan ky)\\b`,
    '\\bkhi (?:duoc|co|nao|phat sinh|trung uong|bo|chinh phu|thu tuong|ubnd|cap tren|co quan)\\b',
    '\\b(?:neu (?:duoc|co)|trong truong hop|phu thuoc|tuy thuoc|tuy (?:theo )?(?:tinh hinh|thuc te|dieu kien|yeu cau)|cho (?:y kien|chi dao))\\b',
    '\\b(?:dung (?:thoi (?:han|gian) )?quy dinh|trong thoi (?:han|gian) quy dinh|theo dung)\\b',
    '\\b(?:dot xuat|theo thuc te|theo tung dot|can cu|cho huong dan|ke tu ngay)\\b',
    '\\b(?:sau|ngay) khi\\b',
    // "Sau mỗi đợt thiên tai", "Sau mỗi kỳ họp": after each event, whenever it comes.
    '\\bsau moi (?:dot|ky|lan|su kien|cuoc|vu)\\b',
    // A bare citation: "Quyết định số 12/QĐ-UBND ngày 5/3/2026".
    `\\b${DOC} so \\d`,
    REFERENCE_HEAD,
  ].join('|'),
);

/** "Theo kế hoạch của Bộ Nội vụ", "Khi được giao", a cited document: no date of its own. */
export function isConditional(key: string): boolean {
  return CONDITIONAL.test(key);
}
