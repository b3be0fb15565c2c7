/** Days named by a holiday: "Trước Tết Nguyên đán 2027", "Dịp Tết Bính Ngọ", "Trước Tết Dương lịch", on matchKey()-ed text. */
import { plausibleYear, shiftDays } from './dates';
import type { Scan, Span } from './phrases';

/**
 * First day of the lunar year (mùng 1 Tết) in Vietnam, by Gregorian year: the new moon's day at UTC+7 (astronomical
 * new moons, Meeus ch. 49). Vietnam's day can differ from China's: 2030 is 2 February here, 3 February there.
 */
const TET: Readonly<Record<number, readonly [number, number]>> = {
  2020: [1, 25], 2021: [2, 12], 2022: [2, 1], 2023: [1, 22], 2024: [2, 10], 2025: [1, 29], 2026: [2, 17], 2027: [2, 6],
  2028: [1, 26], 2029: [2, 13], 2030: [2, 2], 2031: [1, 23], 2032: [2, 11], 2033: [1, 31], 2034: [2, 19], 2035: [2, 8],
};

const STEMS = ['giap', 'at', 'binh', 'dinh', 'mau', 'ky', 'canh', 'tan', 'nham', 'quy'];
// Tý and Tỵ both lose their marks to "ty"; a stem pairs with one of them only (Canh Tý, Ất Tỵ). "Tị" is Tỵ spelled with i.
const BRANCHES = ['ty', 'suu', 'dan', 'mao', 'thin', 'ty', 'ngo', 'mui', 'than', 'dau', 'tuat', 'hoi'];
const YEAR_NAME = `(?:${STEMS.join('|')}) (?:${[...new Set(BRANCHES)].join('|')}|ti)`;

/** "binh ngo" → 2026: the table's year of that name (names repeat every 60 years; the table covers 16). */
function yearOfName(name: string): number | undefined {
  const [stem, branch] = name.replace(/ ti$/, ' ty').split(' ');
  return Object.keys(TET)
    .map(Number)
    .find((y) => STEMS[(y + 6) % 10] === stem && BRANCHES[(y + 8) % 12] === branch);
}

// Other days called Tết: the solar new year (SOLAR), Mid-Autumn, tree planting, children's day, the Kitchen Gods …
const OTHER_TET = '(?! (?:duong lich|tay|trung thu|trong cay|thieu nhi|doan ngo|han thuc|thanh minh|nguyen tieu|ong cong|ong tao)\\b)';
// "trước" gives the eve; "dịp", "trong" or nothing the third day, when the holiday is over; "sau Tết" is no deadline.
const LUNAR = new RegExp(
  `\\b(?:(truoc|sau) (?:(?:dip|ky nghi) )?)?tet${OTHER_TET}(?: (?:nguyen dan|co truyen|am lich))?(?: (${YEAR_NAME}))?(?: nam)?(?: (20\\d{2}))?\\b`,
  'g',
);
const SOLAR = /\b(?:(truoc|sau) )?tet (?:duong lich|tay)(?: nam)?(?: (20\d{2}))?\b/g;

function day(y: number, m: number, d: number, shift: number): Span {
  const iso = shiftDays(y, m, d, shift);
  return { start: iso, due: iso };
}

export function scanHolidays(key: string, fallbackYear: number | undefined): Scan {
  const spans: Span[] = [];
  if (!key.includes('tet')) return { spans };
  for (const m of key.matchAll(SOLAR)) {
    const y = plausibleYear(m[2] === undefined ? fallbackYear : Number(m[2]));
    if (m[1] !== 'sau' && y !== undefined) spans.push(day(y, 1, 1, m[1] === 'truoc' ? -1 : 0));
  }
  for (const m of key.matchAll(LUNAR)) {
    if (m[1] === 'sau') continue;
    const named = m[2] === undefined ? undefined : yearOfName(m[2]);
    const written = m[3] === undefined ? undefined : Number(m[3]);
    if (named !== undefined && written !== undefined && named !== written) return { spans, invalid: 'year-out-of-range' };
    const y = named ?? written ?? fallbackYear;
    const tet = y === undefined ? undefined : TET[y];
    if (y !== undefined && tet !== undefined) spans.push(day(y, tet[0], tet[1], m[1] === 'truoc' ? -1 : 2));
  }
  return { spans };
}
