/**
 * A lead cell that also names who works with the lead: "Sở Nội vụ chủ trì, Sở Tài chính phối hợp",
 * "Văn phòng UBND tỉnh chủ trì phối hợp Sở Nội vụ", "Sở Tư pháp (chủ trì); Công an tỉnh (phối hợp)".
 * Splits it into the lead part and the supporters' part; a cell that says nothing of "phối hợp" is all lead.
 */
export interface LeadCell {
  lead: string;
  support: string;
}

// Not in a body's name: "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh". "với sự phối hợp của", "có sự tham gia của".
const SUPPORT_WORD = /(?<!(?:hội đồng|cơ chế|quy chế)\s)(?:(?:với|có)\s+sự\s+)?(?:phối hợp|tham gia của)/iu;
const LEAD_WORD = /chủ trì/iu;
const SUPPORT_HEAD = /^(?:(?:với|có)\s+sự\s+)?(?:phối hợp|tham gia)\s*(?:với|cùng|của)?\s*/iu;
// What the lead does after "chủ trì" ("chủ trì, tổng hợp", "chủ trì tham mưu"), up to the next name list: no agency.
// Lower case only: "Tổ chức …", "Ban Chỉ đạo …" after it name bodies.
const LEAD_DOES =
  /([Cc]hủ trì)\s*[,:]?\s*(?:tổng hợp|hướng dẫn|đôn đốc|tham mưu|theo dõi|kiểm tra|triển khai|tổ chức|xây dựng|báo cáo|trình|thực hiện|giám sát|đánh giá|rà soát|chỉ đạo|ban hành|cập nhật|quản lý)(?!\p{L})[^;\n]*/u;
// "Giao Sở Nội vụ chủ trì", "Sở Nội vụ là cơ quan chủ trì": the name and "chủ trì".
const LEAD_WORDING = /^\s*giao\s+(?=\S[^;\n]*chủ trì)|\s+là cơ quan(?=\s+chủ trì)/giu;
const LEAD_MARK = /\(\s*chủ trì\s*\)/iu;
const trim = (s: string) => s.replace(/^[\s;,]+|[\s;,]+$/gu, '');

/** "Sở Nông nghiệp và Môi trường (chủ trì), Sở Tài chính": the marked name leads, the others support. */
function splitMarked(text: string, mark: RegExpExecArray): LeadCell {
  const end = mark.index + mark[0].length;
  // Names are cut by ";" (a line break may fall inside a name: "Sở Nông nghiệp và" / "Môi trường (chủ trì)").
  const start = text.lastIndexOf(';', mark.index) + 1;
  const support = [text.slice(0, start), text.slice(end)].map(trim).filter((s) => s !== '');
  return { lead: trim(text.slice(start, end)), support: support.join('; ') };
}

export function splitLeadCell(cell: string): LeadCell {
  // Most lead cells name neither role ("Sở Nội vụ"): plain searches rule them out.
  if (!cell.includes('(') && !/hợp|chủ trì|tham gia/iu.test(cell)) return { lead: cell, support: '' };
  const text = LEAD_WORD.test(cell) ? cell.replace(LEAD_WORDING, '').replace(LEAD_DOES, '$1') : cell;
  if (!SUPPORT_WORD.test(text)) {
    const mark = LEAD_MARK.exec(text);
    return mark ? splitMarked(text, mark) : { lead: text, support: '' };
  }
  // Clauses with the separators after them, so a name with a comma ("Sở Văn hóa, Thể thao và Du lịch") rejoins.
  const pieces = text.split(/([;,\n])/);
  let lead = '';
  let support = '';
  // Once the supporters begin, the clauses after them are theirs ("phối hợp với các sở, ngành").
  let supporting = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i] ?? '';
    const sep = pieces[i + 1] ?? '';
    const at = clause.search(SUPPORT_WORD);
    if (at < 0) {
      if (supporting && !LEAD_WORD.test(clause)) support += clause + sep;
      else lead += clause + sep;
      // "Sở Nội vụ chủ trì; Sở Tài chính, Sở Tư pháp phối hợp": the lead is named, the names after it support.
      if (LEAD_WORD.test(clause)) supporting = true;
      continue;
    }
    const before = clause.slice(0, at);
    // "X chủ trì phối hợp Y", or the cell's first name: "Sở Nội vụ phối hợp với Sở Tư pháp".
    if (i === 0 || LEAD_WORD.test(before)) {
      lead += `${before};`;
      support += clause.slice(at).replace(SUPPORT_HEAD, '') + sep;
    } else support += (support ? ' ' : '') + clause.trimStart().replace(SUPPORT_HEAD, '') + sep;
    supporting = true;
  }
  return { lead: trim(lead), support: trim(support) };
}
