/** Ghi chú ô: the report's messages as notes (1.18) or comments (1.10) on flagged cells, taken off exactly. */
import { columnIndex } from '../../src/core/grid';
import type { FileReport } from '../../src/core/report';
import { noteTexts } from '../../src/excel/note-memory';
import { createExcelSimulator, type ExcelSimulator } from '../support/excel-sim';
import type { SimAnnotation } from '../support/excel-sim/model';
import { MERGED_DEADLINE_SHEET, sampleSim, sim, snapshot, withSim } from './helpers';

const FILE = 'lang-son-par-2026.xlsx';

function at(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
}

function annotations(s: ExcelSimulator, kind: SimAnnotation['kind']): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of s.workbook.sheets) {
    for (const a of sheet.annotations) if (a.kind === kind) out.set(`${sheet.name}!${String.fromCharCode(65 + a.col)}${a.row + 1}`, a.content);
  }
  return out;
}

function put(s: ExcelSimulator, kind: SimAnnotation['kind'], sheet: string, address: string, content: string): void {
  s.workbook.sheet(sheet).annotations.push({ kind, id: `user-${address}`, ...at(address), content, author: 'Chuyên viên' });
}

async function checked(excelApi: string, file: string = FILE): Promise<{ s: ExcelSimulator; report: FileReport; cells: { sheet: string; address: string; text: string }[] }> {
  const s = await sampleSim(file, { excelApi });
  const report = await withSim(s, (uc) => uc.validate('all'));
  const cells = [...noteTexts(report).values()];
  expect(cells.length).toBeGreaterThan(5);
  return { s, report, cells };
}

describe('messages as cell notes', () => {
  it('writes each flagged cell its messages as a note, then takes them all off, leaving the workbook as it was', async () => {
    const { s, report, cells } = await checked('1.18');
    const before = snapshot(s.workbook);
    const issue = report.tables.flatMap((t) => t.issues).find((i) => i.column && i.severity !== 'info');
    if (!issue?.column) throw new Error('the sample has a flagged cell');
    await withSim(s, async (uc) => {
      expect(uc.noteKind()).toBe('note');
      s.stats.reset();
      expect(await uc.attachNotes(report)).toEqual({ kind: 'note', written: cells.length, skipped: 0, missingSheets: [] });
      expect(s.stats.syncs).toBeLessThanOrEqual(4);
      const notes = annotations(s, 'note');
      expect(notes.size).toBe(cells.length);
      expect(notes.get(`${issue.sheet}!${issue.column}${issue.row}`)).toContain(issue.message);
      expect(notes.get(`${issue.sheet}!${issue.column}${issue.row}`)).toMatch(/^Trợ lý Phụ lục/);
      expect(annotations(s, 'comment').size).toBe(0);
      expect((await uc.removeNotes()).removed).toBe(cells.length);
    });
    expect(snapshot(s.workbook)).toEqual(before);
    expect(s.workbook.savedSettings).not.toContain('annexAssistant.notes');
  });

  it("never writes over the user's own note, and keeps a note of ours the user has edited", async () => {
    const { s, report, cells } = await checked('1.18');
    const [own, edited] = cells as [(typeof cells)[number], (typeof cells)[number]];
    put(s, 'note', own.sheet, own.address, 'Anh Hùng kiểm tra lại');
    await withSim(s, async (uc) => {
      expect(await uc.attachNotes(report)).toEqual({ kind: 'note', written: cells.length - 1, skipped: 1, missingSheets: [] });
      const note = s.workbook.sheet(edited.sheet).annotations.find((a) => a.row === at(edited.address).row && a.col === at(edited.address).col);
      if (!note) throw new Error('no note written');
      note.content += '\nĐã sửa: Sở Nội vụ chủ trì';
      expect((await uc.removeNotes()).removed).toBe(cells.length - 2);
    });
    expect(annotations(s, 'note')).toEqual(new Map([
      [`${own.sheet}!${own.address}`, 'Anh Hùng kiểm tra lại'],
      [`${edited.sheet}!${edited.address}`, `${edited.text}\nĐã sửa: Sở Nội vụ chủ trì`],
    ]));
  });

  it('follows a new report: notes of fixed cells go, others stay or get the new text (after a reload too)', async () => {
    const { s, report, cells } = await checked('1.18');
    await withSim(s, (uc) => uc.attachNotes(report));
    const [fixed] = cells as [(typeof cells)[number]];
    const later: FileReport = {
      ...report,
      tables: report.tables.map((t) => ({
        ...t,
        issues: t.issues
          .filter((i) => !(i.sheet === fixed.sheet && `${i.column}${i.row}` === fixed.address))
          .map((i, n) => (n === 0 ? { ...i, message: `${i.message} (lần 2)` } : i)),
      })),
    };
    const expected = noteTexts(later);
    await withSim(s, async (uc) => expect((await uc.attachNotes(later)).written).toBe(expected.size));
    expect(annotations(s, 'note')).toEqual(new Map([...expected.values()].map((c) => [`${c.sheet}!${c.address}`, c.text])));
  });

  it('uses comments where notes are missing (ExcelApi 1.10) and takes them off', async () => {
    const { s, report, cells } = await checked('1.10');
    const before = snapshot(s.workbook);
    put(s, 'comment', cells[0]!.sheet, cells[0]!.address, 'Ý kiến của phòng');
    await withSim(s, async (uc) => {
      expect(uc.noteKind()).toBe('comment');
      expect(await uc.attachNotes(report)).toEqual({ kind: 'comment', written: cells.length - 1, skipped: 1, missingSheets: [] });
      expect(annotations(s, 'comment').size).toBe(cells.length);
      expect((await uc.removeNotes()).removed).toBe(cells.length - 1);
    });
    expect(annotations(s, 'comment')).toEqual(new Map([[`${cells[0]!.sheet}!${cells[0]!.address}`, 'Ý kiến của phòng']]));
    s.workbook.sheet(cells[0]!.sheet).annotations.length = 0;
    expect(snapshot(s.workbook)).toEqual(before);
  });

  it('can still take off what it wrote when Excel refused a note midway', async () => {
    const { s, report, cells } = await checked('1.18');
    const before = snapshot(s.workbook);
    const list = s.workbook.sheet(cells[0]!.sheet).annotations;
    const push = list.push.bind(list);
    let n = 0;
    list.push = (...items) => (++n === 3 ? (() => { throw new Error('The cell is protected'); })() : push(...items));
    await withSim(s, async (uc) => {
      await expect(uc.attachNotes(report)).rejects.toThrow('protected');
      expect(annotations(s, 'note').size).toBe(2);
      list.push = push;
      expect((await uc.removeNotes()).removed).toBe(2);
    });
    expect(snapshot(s.workbook)).toEqual(before);
  });

  it('finds its notes again after the rows were sorted or moved', async () => {
    const { s, report, cells } = await checked('1.18');
    await withSim(s, (uc) => uc.attachNotes(report));
    for (const sheet of s.workbook.sheets) for (const a of sheet.annotations) a.row += 1;
    await withSim(s, async (uc) => expect((await uc.removeNotes()).removed).toBe(cells.length));
    expect(annotations(s, 'note').size).toBe(0);
  });

  it("leaves a comment someone replied to (the reply is theirs), and never updates it", async () => {
    const { s, report, cells } = await checked('1.10');
    await withSim(s, (uc) => uc.attachNotes(report));
    const [answered] = cells as [(typeof cells)[number]];
    const thread = s.workbook.sheet(answered.sheet).annotations.find((a) => a.row === at(answered.address).row && a.col === at(answered.address).col);
    if (!thread) throw new Error('no comment written');
    thread.replies = ['reply-1'];
    const later: FileReport = { ...report, tables: report.tables.map((t) => ({ ...t, issues: t.issues.map((i) => ({ ...i, message: `${i.message}!` })) })) };
    await withSim(s, async (uc) => {
      expect(await uc.attachNotes(later)).toEqual({ kind: 'comment', written: cells.length - 1, skipped: 1, missingSheets: [] });
      expect(thread.content).toBe(answered.text);
      expect((await uc.removeNotes()).removed).toBe(cells.length - 1);
    });
    expect([...annotations(s, 'comment').values()]).toEqual([answered.text]);
  });

  it("on a notes host, a cell with the user's comment is left alone", async () => {
    const { s, report, cells } = await checked('1.18');
    put(s, 'comment', cells[1]!.sheet, cells[1]!.address, 'Đề nghị xem lại');
    await withSim(s, async (uc) => expect(await uc.attachNotes(report)).toEqual({ kind: 'note', written: cells.length - 1, skipped: 1, missingSheets: [] }));
  });

  it('comments written on an older Excel are taken off when a newer one writes notes', async () => {
    const { s, report, cells } = await checked('1.17');
    await withSim(s, (uc) => uc.attachNotes(report));
    expect(annotations(s, 'comment').size).toBe(cells.length);
    const newer = createExcelSimulator(s.workbook, { excelApi: '1.18' });
    await withSim(newer, async (uc) => {
      expect((await uc.attachNotes(report)).written).toBe(cells.length);
      expect(annotations(newer, 'comment').size).toBe(0);
      expect((await uc.removeNotes()).removed).toBe(cells.length);
    });
    expect(s.workbook.sheets.flatMap((x) => x.annotations)).toEqual([]);
  });

  it('switched off on a newer Excel, comments written on an older one are taken off and named as comments', async () => {
    const { s, report, cells } = await checked('1.17');
    await withSim(s, (uc) => uc.attachNotes(report));
    const newer = createExcelSimulator(s.workbook, { excelApi: '1.18' });
    await withSim(newer, async (uc) => {
      expect(uc.noteKind()).toBe('note');
      expect(await uc.removeNotes()).toEqual({ kind: 'comment', removed: cells.length });
      expect(await uc.removeNotes()).toEqual({ kind: 'note', removed: 0 });
    });
    expect(s.workbook.sheets.flatMap((x) => x.annotations)).toEqual([]);
  });

  it('a deadline merged down over three tasks gets one note, on the cell Excel shows (was three, on hidden cells)', async () => {
    const sheet = MERGED_DEADLINE_SHEET;
    const onNotesHost = sim([sheet], { excelApi: '1.18' });
    await withSim(onNotesHost, async (uc) => {
      const report = await uc.validate('all');
      expect(report.tables[0]?.issues.filter((i) => i.code === 'invalid-deadline').map((i) => `${i.column}${i.row}`)).toEqual(['D3', 'D4', 'D5']);
      expect(await uc.attachNotes(report)).toEqual({ kind: 'note', written: 2, skipped: 0, missingSheets: [] });
      const notes = annotations(onNotesHost, 'note');
      expect([...notes.keys()].sort()).toEqual(['Phụ lục!C5', 'Phụ lục!D3']);
      expect(notes.get('Phụ lục!D3')?.match(/Quý V\/2026/g)).toHaveLength(1);
      expect((await uc.removeNotes()).removed).toBe(2);
    });
    // Without merged areas (before ExcelApi 1.13) the cells stay as flagged: nothing refused.
    const older = sim([sheet], { excelApi: '1.10' });
    await withSim(older, async (uc) => {
      expect((await uc.attachNotes(await uc.validate('all'))).written).toBe(4);
    });
  });

  it('a sheet renamed since the check is named back, not skipped in silence', async () => {
    const { s, report, cells } = await checked('1.18');
    const renamed = cells[0]!.sheet;
    const onOthers = cells.filter((c) => c.sheet !== renamed).length;
    s.workbook.sheet(renamed).name = 'Đã đổi tên';
    await withSim(s, async (uc) => {
      expect(await uc.attachNotes(report)).toEqual({ kind: 'note', written: onOthers, skipped: 0, missingSheets: [renamed] });
    });
  });

  it("a check of one sheet keeps the other sheets' notes", async () => {
    const { s, report, cells } = await checked('1.18', 'lai-chau-par-sipas-2026.xlsx');
    expect(new Set(cells.map((c) => c.sheet))).toEqual(new Set(['Biểu 1', 'Biểu 2']));
    await withSim(s, (uc) => uc.attachNotes(report));
    const onlyFirst: FileReport = { ...report, tables: report.tables.filter((t) => t.sheet === 'Biểu 1'), sheetsWithoutTable: [] };
    await withSim(s, (uc) => uc.attachNotes(onlyFirst));
    expect(annotations(s, 'note').size).toBe(cells.length);
    await withSim(s, async (uc) => expect((await uc.removeNotes()).removed).toBe(cells.length));
  });

  it('offers nothing on hosts with neither, and refuses plainly', async () => {
    const { s, report } = await checked('1.9');
    await withSim(s, async (uc) => {
      expect(uc.noteKind()).toBeNull();
      await expect(uc.attachNotes(report)).rejects.toThrow(/1\.18/);
      expect((await uc.removeNotes()).removed).toBe(0);
    });
  });
});
