/** The text put on a flagged cell and what is kept to take it off again. */
import { decodeNotes, encodeNotes, fingerprint, MAX_NOTE_CHARS, noteTexts } from '../../src/excel/note-memory';
import { issue, sampleReport } from '../taskpane/fakes';

describe('noteTexts', () => {
  it('gives each flagged cell one note with its errors and warnings, message and hint, info left out', () => {
    const report = sampleReport();
    const t = report.tables[0]!;
    t.issues.push(issue({ code: 'outdated-agency', row: 12, column: 'C', message: 'Tên cũ', hint: 'Dùng tên mới' }));
    t.issues.push(issue({ code: 'outdated-agency', row: 12, column: 'C', message: 'Tên cũ', hint: 'Dùng tên mới' }));
    const notes = noteTexts(report);
    expect([...notes.keys()]).toEqual(['Phụ lục I\nC12', 'Phụ lục I\nC19', 'Phụ lục I\nE14']);
    expect(notes.get('Phụ lục I\nC12')).toEqual({
      sheet: 'Phụ lục I',
      address: 'C12',
      text: 'Trợ lý Phụ lục (Annex Assistant)\n• (report wording) — (report hint)\n• Tên cũ — Dùng tên mới',
    });
  });

  it('cuts a note longer than Excel users can read at MAX_NOTE_CHARS', () => {
    const report = sampleReport();
    report.tables[0]!.issues = [issue({ code: 'missing-lead', row: 5, column: 'C', message: 'x'.repeat(3000) })];
    const text = noteTexts(report).get('Phụ lục I\nC5')?.text ?? '';
    expect(text).toHaveLength(MAX_NOTE_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('the memory of written notes', () => {
  it('round-trips through the document settings and ignores what it did not write', () => {
    const notes = [
      { sheetId: '{S1}', sheetName: 'Phụ lục I', address: 'C12', print: fingerprint('a') },
      { sheetId: '{S1}', sheetName: 'Phụ lục I', address: 'E14', print: fingerprint('b') },
      { sheetId: '{S2}', sheetName: "O'Neil", address: 'B3', print: fingerprint('c') },
    ];
    expect(decodeNotes(JSON.parse(JSON.stringify(encodeNotes('comment', notes))))).toEqual({ kind: 'comment', notes });
    expect(encodeNotes('note', [])).toBeUndefined();
    for (const junk of [undefined, null, 7, { v: 2 }, { v: 1, kind: 'memo', sheets: [] }]) expect(decodeNotes(junk)).toBeUndefined();
  });

  it('tells the text written from any edit of its words', () => {
    const text = 'Trợ lý Phụ lục (Annex Assistant)\n• Thiếu cơ quan chủ trì';
    // The host may give the text back with Windows line ends or edge spaces: still ours.
    expect(fingerprint(text.replace('\n', '\r\n'))).toBe(fingerprint(text));
    expect(fingerprint(`${text} \n`)).toBe(fingerprint(text));
    expect(fingerprint(text.replace('Thiếu', 'Thieu'))).not.toBe(fingerprint(text));
    expect(fingerprint(`${text}\nĐã sửa`)).not.toBe(fingerprint(text));
  });
});
