import { lookupAgency, type DirectoryIndex } from './directory';

const LIST_HEAD_RE = /^(?:các\s+)?sở\s*:\s*/iu;
const HAS_SO_RE = /^sở\s/iu;

/**
 * "Các sở: Tài chính, Xây dựng, GTVT" names each department without its "Sở": write it back ("Sở Tài chính; Sở Xây
 * dựng; Sở GTVT"). A piece that is no name on its own continues the one before it ("Văn hóa, Thể thao và Du lịch").
 */
export function expandDepartmentList(s: string, index: DirectoryIndex): string {
  const head = LIST_HEAD_RE.exec(s);
  if (!head) return s;
  const names: string[] = [];
  for (const piece of s.slice(head[0].length).split(/\s*[,;]\s*/)) {
    if (piece === '') continue;
    const name = HAS_SO_RE.test(piece) ? piece : `Sở ${piece}`;
    const last = names.length - 1;
    if (last >= 0 && !lookupAgency(name, index) && !lookupAgency(names[last] ?? '', index)) names[last] += `, ${piece}`;
    else names.push(name);
  }
  return names.join('; ');
}
