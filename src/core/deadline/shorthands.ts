/** Shorthands rewritten into the words the scans read; all on matchKey()-ed text ("t6 2026", "quy ba nam 2026"). */

const SPELLED_QUARTER: Readonly<Record<string, string>> = { mot: '1', hai: '2', ba: '3', bon: '4', tu: '4' };

/**
 * A bare "6/2026" is June 2026, but not in a day ("15/6/2026" is "15 6 2026"), after a period word or a counter
 * ("Tháng 6/2026", "Đợt 2/2026"), nor in a cited document's number ("Thông tư 10/2026/TT-BNV", "số 06/2026").
 */
const BARE_MONTH =
  /(?<!\d |\b(?:th?|thang|q|qu[iy]|ngay|so|dot|lan|ky|tuan|doan|buoc|phan|thong tu|nghi dinh|quyet dinh|nghi quyet|luat|chi thi) )\b(0?[1-9]|1[0-2]) (20\d{2})\b(?! (?:nd|tt|qd|nq|ttlt|qh\d*|ct|tb)\b)/g;

/**
 * "T12/2026", "T6-T9/2026" and "Q3/2026", as typed in quick tracking sheets; "06/2026" alone; "Quý ba"; "Quý lV"
 * (a lower-case L typed for I); "Các tháng 6, 7, 8/2026" as the months listed; "Đầu năm 2026" as its first quarter
 * (not "6 tháng đầu năm", not "đầu năm học"); "Giữa năm 2026" as its first half, "Giữa năm học …" as the first semester; "Tháng 3/2026 - 12/2026" as a range of two months. A vision, "tầm nhìn
 * đến năm 2045", is dropped: it is no deadline.
 */
export function expandShorthands(key: string): string {
  return key
    .replace(/\bquy ([ilv]{1,4}(?: (?:va |den )?[ilv]{1,4})*)\b/g, (all: string, n: string) => (n.includes('l') ? `quy ${n.replace(/l/g, 'i')}` : all))
    .replace(/\bcac thang (?=\d{1,2}(?: \d{1,2})+ (?:nam )?\d{4}\b)/g, 'thang ')
    .replace(/\btam nhin (?:(?:den|toi) )?(?:nam )?\d{4}\b/g, ' ')
    // An orientation beside the deadline ("Quý II/2026, định hướng đến năm 2030") is no deadline either.
    .replace(/(?<=\S )dinh huong (?:(?:den|toi) )?(?:nam )?\d{4}\b/g, ' ')
    .replace(/\b(dinh|hoc) ki\b/g, '$1 ky')
    .replace(/\bhk ?(ii|i|1|2)\b/g, (_all: string, n: string) => (n === 'i' || n === '1' ? 'hoc ky i' : 'hoc ky ii'))
    .replace(/\b(\d{1,2}) ?th?\b(?= (?:dau|cuoi) nam\b)/g, '$1 thang')
    .replace(/\b(?:nhung|cac) thang dau nam\b/g, 'dau nam')
    .replace(/\b(thang|qu[iy])(?=\d|(?:i{1,3}|iv|v)\b)/g, '$1 ')
    .replace(/\b(\d{1,2})nam\b/g, '$1 nam')
    .replace(BARE_MONTH, 'thang $1 $2')
    .replace(/\bth?(\d{1,2}) (?:(?:den|toi) )?(?:th?)?(\d{1,2}) (\d{4})\b/g, 'thang $1 den thang $2 $3')
    .replace(/\bth? ?(\d{1,2}) (\d{4})\b/g, 'thang $1 $2')
    .replace(/\bq([1-4]) (?:(?:den|toi) )?q([1-4]) (\d{4})\b/g, 'quy $1 den quy $2 $3')
    .replace(/\bq ?(?:([1-4])|(i{1,3}|iv)) (\d{4})\b/g, 'quy $1$2 $3')
    .replace(/\bqu[iy] (mot|hai|ba|bon|tu)\b(?= (?:nam )?\d{4}\b| *$)/g, (_all: string, n: string) => `quy ${SPELLED_QUARTER[n] ?? n}`)
    .replace(/\bgiua nam hoc\b/g, 'hoc ky i nam hoc')
    .replace(/\bgiua nam\b/g, '6 thang dau nam')
    .replace(/(?<!\b(?:thang|nua) )\bdau nam\b(?! hoc\b)/g, 'quy 1 nam')
    .replace(/\bqui\b/g, 'quy')
    .replace(/\bthang (\d{1,2}) (\d{4}) (?:(?:den|toi) )?(0?[1-9]|1[0-2]) (\d{4})\b/g, 'thang $1 $2 den thang $3 $4');
}
