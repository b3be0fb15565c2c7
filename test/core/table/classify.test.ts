import type { CellValue, Grid, MergeArea } from '../../../src/core/grid';
import { DEFAULT_SCHEMA } from '../../../src/core/schema/default-schema';
import { RoleMatcher } from '../../../src/core/schema/role-matcher';
import type { ParsedTable, RowKind } from '../../../src/core/table/model';
import { parseSheet } from '../../../src/core/table/parse-sheet';

const HEADER = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
const task = (n: CellValue, text: string, lead = 'Sở Nội vụ', deadline = 'Quý III/2026'): CellValue[] => [n, text, lead, 'Sở Tài chính', deadline, 'Báo cáo'];

function parse(values: CellValue[][], merges: MergeArea[] = []): ParsedTable[] {
  const grid: Grid = { sheet: 'Biểu 1', values, merges };
  return parseSheet(grid, DEFAULT_SCHEMA, new RoleMatcher(DEFAULT_SCHEMA));
}

/** Each row's kind, by 0-based grid row, from the header down. */
function kindsOf(t: ParsedTable): Record<number, RowKind> {
  return Object.fromEntries(t.kinds.map((k, i) => [t.header.top + i, k]));
}

describe('row kinds of a typical annex', () => {
  const values: CellValue[][] = [
    ['PHỤ LỤC'],
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
    [],
    HEADER, // 3
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['I', 'CẢI CÁCH THỂ CHẾ'], // 5
    [1, 'Rà soát văn bản quy phạm pháp luật'],
    task('1.1', 'Rà soát văn bản do HĐND tỉnh ban hành'),
    task('1.2', 'Rà soát văn bản do UBND tỉnh ban hành'),
    [null, '', 'Sở Tư pháp', '', 'Quý IV/2026'], // 9: own lead, no number
    task(2, 'Kiểm tra việc thực hiện'),
    [null, 'các quy định về thủ tục hành chính tại cơ quan'], // 11: rest of task 2
    HEADER, // 12: repeated at a page break
    task(3, 'Công khai kết quả'),
    [],
    ['Ghi chú: Sở Nội vụ tổng hợp'], // 15
    [null, null, null, 'KT. CHỦ TỊCH'],
  ];
  const [table] = parse(values);

  it('finds one table under the title block, the column-number row skipped', () => {
    expect(parse(values)).toHaveLength(1);
    expect(table?.header).toEqual({ top: 3, bottom: 3, columns: { number: 0, task: 1, lead: 2, support: 3, deadline: 4, output: 5 } });
    expect(table?.bodyStart).toBe(5);
    expect(table?.title).toBe('PHỤ LỤC\nKẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');
  });

  it.each<[number, RowKind]>([
    [5, 'section'],
    [6, 'group'],
    [7, 'task'],
    [8, 'task'],
    [9, 'sub'],
    [10, 'task'],
    [11, 'continuation'],
    [12, 'repeated-header'],
    [13, 'task'],
    [14, 'blank'],
    [15, 'notes'],
    [16, 'notes'],
  ])('row %d is %s', (r, kind) => {
    expect(table && kindsOf(table)[r]).toBe(kind);
  });

  it('joins a continuation to its task and keeps a sub-row under the task above it', () => {
    const records = table?.records ?? [];
    expect(records.find((x) => x.row === 10)).toMatchObject({
      kind: 'task',
      lastRow: 11,
      text: { task: 'Kiểm tra việc thực hiện các quy định về thủ tục hành chính tại cơ quan' },
    });
    const sub = records.find((x) => x.row === 9);
    expect(sub && records[sub.parent ?? -1]?.row).toBe(8);
    expect(table?.lastRow).toBe(13);
  });
});

describe('the signature block ends a table; a task about a leader does not', () => {
  it.each<[string]>([
    ['Chủ tịch UBND các xã chỉ đạo rà soát thủ tục hành chính'],
    ['Giám đốc các sở, ngành quán triệt đến công chức'],
    ['Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực chủ trì họp'],
    ['Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh'],
  ])('a numbered task %j is a task, and the rows below it too', (text) => {
    const [table] = parse([HEADER, task(1, 'Rà soát thủ tục'), task(2, text), task(3, 'Công khai kết quả', '', '')]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'task', 'task']);
    expect(table?.lastRow).toBe(3);
  });

  // Converted documents cut a task's text anywhere: the rest can open with a title.
  it.each<[string]>([['Chủ tịch UBND tỉnh ban hành'], ['đã ký kết với các tỉnh bạn'], ['Giám đốc Sở Nội vụ']])(
    'a continuation line %j joins its task',
    (rest) => {
      const [table] = parse([HEADER, task(1, 'Tham mưu văn bản để'), [null, rest], task(2, 'Công khai kết quả')]);
      expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'continuation', 'task']);
      expect(table?.records[0]?.text.task).toBe(`Tham mưu văn bản để ${rest}`);
    },
  );

  it('a task opening with a leader\'s title is a task in a table without an STT column too', () => {
    const header = HEADER.slice(1);
    const [table] = parse([header, ['Chủ tịch UBND các xã chỉ đạo rà soát thủ tục', 'UBND cấp xã', '', 'Quý III/2026', 'Báo cáo']]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task']);
  });

  it.each<[CellValue[]]>([
    [['Nơi nhận:', null, null, 'TM. ỦY BAN NHÂN DÂN']],
    [[null, null, null, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH']],
    [[null, null, null, 'CHỦ TỊCH']],
    [[null, null, null, 'GIÁM ĐỐC']],
    [['Người lập biểu', null, null, 'Thủ trưởng đơn vị']],
    [[null, null, null, 'Thủ trưởng đơn vị']],
    [['Ghi chú: (*) nhiệm vụ chuyển tiếp từ năm 2025']],
    [[null, null, null, 'Giám đốc\n(Ký tên, đóng dấu)']],
    [[null, null, null, '(Đã ký)']],
    [[null, null, null, 'KT CHỦ TỊCH']],
    [[null, null, null, 'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG']],
    [[null, null, null, 'TUQ. CHỦ TỊCH']],
    [[null, null, null, 'Q. GIÁM ĐỐC']],
    [[null, null, null, 'K/T GIÁM ĐỐC']],
    [[null, null, null, 'T/M ỦY BAN NHÂN DÂN']],
    [[null, null, null, 'TM. BAN CHỈ ĐẠO']],
    [[null, null, null, 'PHÓ GIÁM ĐỐC']],
    [[null, null, null, 'KT. TRƯỞNG BAN']],
    [[null, 'Lưu ý: Các cơ quan báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.']],
    [['Chú thích: (*) nhiệm vụ trọng tâm']],
    [['* Ghi chú: Sở Nội vụ tổng hợp']],
    [['(*) Lưu ý: số liệu đến 30/6']],
    [['Chú ý: các cơ quan gửi báo cáo đúng hạn']],
  ])('%j starts the notes: what follows is not a task', (row) => {
    const [table] = parse([HEADER, task(1, 'Rà soát thủ tục'), row, [null, 'Nguyễn Văn A', '', '', '']]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'notes', 'notes']);
    expect(table?.lastRow).toBe(1);
  });
});

describe('lead, support and deadline cells merged down over several tasks', () => {
  const values: CellValue[][] = [
    HEADER,
    [1, 'Rà soát văn bản', '', '', '', ''],
    ['1.1', 'Rà soát văn bản của HĐND tỉnh', 'Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026', ''],
    ['1.2', 'Rà soát văn bản của UBND tỉnh', null, null, null, ''],
    ['1.3', 'Rà soát văn bản liên tịch', null, 'Công an tỉnh', null, ''],
  ];
  const down = (left: number, bottom: number): MergeArea => ({ top: 2, left, bottom, right: left });

  it('give each task under them the merge\'s text, the deadline cell read where it is typed', () => {
    const [table] = parse(values, [down(2, 4), down(3, 3), down(4, 4)]);
    const tasks = table?.records.filter((r) => r.kind === 'task') ?? [];
    expect(tasks.map((t) => [t.text.lead, t.text.support, t.text.deadline])).toEqual([
      ['Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026'],
      ['Sở Tư pháp', 'Các sở, ngành', 'Quý II/2026'],
      ['Sở Tư pháp', 'Công an tỉnh', 'Quý II/2026'],
    ]);
    expect(tasks[2]?.deadline).toEqual({ value: 'Quý II/2026', row: 4 });
  });

  it('a merge taller than the index keeps reaching its last rows', () => {
    const tall: CellValue[][] = [HEADER, task(1, 'Nhiệm vụ 1', 'Sở Nội vụ')];
    for (let n = 2; n <= 400; n++) tall.push([n, `Nhiệm vụ ${n}`, null, '', 'Quý IV/2026', '']);
    const [table] = parse(tall, [{ top: 1, left: 2, bottom: 400, right: 2 }]);
    expect(table?.records.filter((r) => r.text.lead === 'Sở Nội vụ')).toHaveLength(400);
  });

  it('a row under a merge is still classified by its own cells: a continuation stays one', () => {
    const rows: CellValue[][] = [HEADER, task(1, 'Kiểm tra việc thực hiện'), [null, 'các quy định tại cơ quan', null, '', null, '']];
    const [table] = parse(rows, [{ top: 1, left: 2, bottom: 2, right: 2 }, { top: 1, left: 4, bottom: 2, right: 4 }]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'continuation']);
  });
});

describe('what follows a heading that looks like a signer', () => {
  it.each<[string]>([['CHỦ TỊCH UBND CÁC XÃ, PHƯỜNG'], ['GIÁM ĐỐC CÁC SỞ, BAN, NGÀNH']])('%j heads tasks, not the signature block', (heading) => {
    const [table] = parse([HEADER, task(1, 'Rà soát thủ tục'), [null, heading], task(2, 'Kiểm tra', '', '')]);
    expect(table?.records.filter((r) => r.kind === 'task').map((r) => r.row)).toEqual([1, 3]);
  });

  it('a numbered task with a lead or deadline after a false start of the notes is checked again', () => {
    const [table] = parse([HEADER, task(1, 'Rà soát thủ tục'), [null, null, null, 'GIÁM ĐỐC'], task(2, 'Kiểm tra', 'Sở Tư pháp', '')]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'notes', 'task']);
  });

  it('numbered lines of the notes (number and text only) stay notes', () => {
    const [table] = parse([HEADER, task(1, 'Rà soát thủ tục'), ['Ghi chú:'], [1, 'Các sở gửi báo cáo về Sở Nội vụ', '', '', '', '']]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'notes', 'notes']);
  });
});

describe('a header repeated at a page break', () => {
  it('takes its column-number row with it', () => {
    const numbers = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'];
    const [table] = parse([HEADER, numbers, task(1, 'Rà soát'), HEADER, numbers, task(2, 'Kiểm tra')]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'header', 'task', 'repeated-header', 'repeated-header', 'task']);
    expect(table?.repeatedHeaders).toEqual([3]);
  });
});

describe('tables whose STT column does not number the tasks', () => {
  const kinds = (values: CellValue[][]) => {
    const [table] = parse(values);
    return table && Object.values(kindsOf(table));
  };

  it('an empty STT column: each row with task text is a task (was: every row a continuation, nothing checked)', () => {
    expect(kinds([HEADER, [null, 'Rà soát văn bản', '', '', '', ''], [null, 'Kiểm tra', 'Sở Nội vụ', '', '', '']])).toEqual(['header', 'task', 'task']);
  });

  it('only sections numbered: the rows under them are tasks, a line opening in lower case continues one', () => {
    expect(
      kinds([
        HEADER,
        ['I', 'CẢI CÁCH THỂ CHẾ'],
        [null, 'Rà soát văn bản', 'Sở Tư pháp', '', 'Quý I/2026', ''],
        [null, 'Kiểm tra việc thực hiện các quy định', 'Sở Nội vụ', '', '', ''],
        [null, 'về thủ tục hành chính'],
        ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [null, 'Công khai thủ tục', '', '', 'Quý II/2026', ''],
      ]),
    ).toEqual(['header', 'section', 'task', 'task', 'continuation', 'section', 'task']);
  });

  it('no STT column: a lower-case line with only task text continues the task above', () => {
    expect(kinds([HEADER.slice(1), ['Rà soát văn bản thuộc', 'VP UBND', '', 'Quý I/2026', ''], ['phạm vi quản lý của tỉnh', '', '', '', '']])).toEqual([
      'header',
      'task',
      'continuation',
    ]);
  });
});

const T1 = task(1, 'Rà soát thủ tục');
/** Row kinds from the header down, in order. */
const kinds = (values: CellValue[][]) => {
  const [table] = parse(values);
  return table && Object.values(kindsOf(table));
};

describe('rows that are neither tasks nor their continuations', () => {

  it.each<[CellValue[]]>([[['A. NHIỆM VỤ CHUNG']], [['Phần II: Nhiệm vụ năm 2026']], [['B - CÁC NHIỆM VỤ CHUYỂN TIẾP']]])(
    'words in the STT cell with nothing beside them head a section: %j',
    (row) => {
      expect(kinds([HEADER, row, T1])).toEqual(['header', 'section', 'task']);
    },
  );

  it.each<[CellValue[]]>([[[null, 'Tổng cộng', '02 nhiệm vụ']], [[null, 'Cộng', 2]], [['Tổng số: 2 nhiệm vụ']], [['TỔNG CỘNG (I + II)']], [[null, 'Trong đó: 05 nhiệm vụ trọng tâm.']]])(
    'a count under the table is not joined to the last task: %j',
    (row) => {
      const [table] = parse([HEADER, T1, task(2, 'Kiểm tra', '', ''), row]);
      expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'task', 'notes']);
      expect(table?.records[1]?.text.lead).toBeUndefined();
    },
  );

  it('after a page break, the rest of a lead with the deadline beside it completes the task above', () => {
    const [table] = parse([HEADER, T1, task(2, 'Tổ chức thực hiện', 'Sở Nông nghiệp và', ''), HEADER, [null, null, 'Môi trường', '', 'Quý IV/2026', '']]);
    expect(table && Object.values(kindsOf(table))).toEqual(['header', 'task', 'task', 'repeated-header', 'continuation']);
    expect(table?.records[1]?.text).toMatchObject({ lead: 'Sở Nông nghiệp và Môi trường', deadline: 'Quý IV/2026' });
  });

  it('a row with its own lead and deadline under a task that has both is a sub-row', () => {
    expect(kinds([HEADER, T1, [null, '', 'Sở Tư pháp', '', 'Quý IV/2026', '']])).toEqual(['header', 'task', 'sub']);
  });
});

describe('parts of an annex in the STT column', () => {
  it('"PHẦN I" / "Phần II" rows are sections: numbering restarts under each, nothing flagged', () => {
    const [table] = parse([HEADER, ['PHẦN I', 'NHIỆM VỤ CHUNG'], task(1, 'Rà soát'), ['Phần II', 'NHIỆM VỤ CỤ THỂ'], task(1, 'Kiểm tra')]);
    expect(table?.kinds).toEqual(['header', 'section', 'task', 'section', 'task']);
  });
});

describe('page-break and layout remnants', () => {
  const T2 = task(2, 'Rà soát thủ tục hành chính');

  it.each<[string, CellValue[]]>([
    ['"(1) (2) (3)"', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
    ['"1 2 3"', [1, 2, 3, 4, 5]],
  ])('a lone column-numbering row %s at a page break is not a task', (_, row) => {
    expect(kinds([HEADER, T1, row, T2])).toEqual(['header', 'task', 'repeated-header', 'task']);
  });

  it.each<[CellValue[]]>([[[1, 3, 5]], [[2, null, 'Rà soát', 'Sở Nội vụ']]])('numbers out of sequence are not column numbers: %j', (row) => {
    expect(kinds([HEADER, T1, row])).not.toContain('repeated-header');
  });

  it('a row without a number but with its own task and full deadline under a task is an unnumbered task', () => {
    const rows = [HEADER, T1, [null, 'Kiểm tra việc thực hiện quy chế', '', '', 'Quý II/2026', ''], T2];
    expect(kinds(rows)).toEqual(['header', 'task', 'task', 'task']);
  });

  it.each<[CellValue[]]>([
    [[null, 'Cán bộ, công chức cấp xã', '', '', 'năm 2026', '']], // "Quý III" / "năm 2026": one deadline cut in two
    [[null, 'các quy định', '', '', '(đối với cấp tỉnh)', '']],
  ])('a deadline cut over two lines continues the task: %j', (row) => {
    const [table] = parse([HEADER, task(1, 'Tập huấn', 'Sở Nội vụ', 'Quý III'), row, T2]);
    expect(table?.kinds).toEqual(['header', 'task', 'continuation', 'task']);
  });
});

describe('tables numbered without task numbers', () => {
  const NO_STT = ['Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];

  it('upper-case titles alone on their row are sections in a table without an STT column', () => {
    const rows: CellValue[][] = [
      NO_STT,
      ['CẢI CÁCH THỂ CHẾ'],
      ['Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ban, ngành', 'Quý III/2026'],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['Rà soát thủ tục hành chính', 'Văn phòng UBND tỉnh', '', 'Quý IV/2026'],
    ];
    expect(kinds(rows)).toEqual(['header', 'section', 'task', 'section', 'task']);
  });

  it('a flat list numbered I, II, III whose rows all have leads and deadlines is a list of tasks', () => {
    const rows = [HEADER, task('I', 'Rà soát văn bản'), task('II', 'Kiểm tra việc thực hiện'), task('III', 'Rà soát thủ tục')];
    expect(kinds(rows)).toEqual(['header', 'task', 'task', 'task']);
  });

  it.each<[string, CellValue[][]]>([
    ['a section without a lead', [HEADER, ['I', 'CẢI CÁCH THỂ CHẾ'], task('II', 'Kiểm tra việc thực hiện')]],
    ['unnumbered tasks under the numerals', [HEADER, task('I', 'CẢI CÁCH THỂ CHẾ'), task(null, 'Rà soát văn bản'), task('II', 'CẢI CÁCH TTHC')]],
  ])('Roman numerals stay sections with %s', (_, rows) => {
    expect(kinds(rows)?.[1]).toBe('section');
  });
});

describe('text joined across a page break', () => {
  it('an agency syllable the converter repeated on the next page is read once ("đơn vị" / "vị, địa phương")', () => {
    const [table] = parse([
      HEADER,
      [1, 'Tuyên truyền về cải cách hành chính', 'Sở Nội vụ', 'Các cơ quan, đơn vị', 'Quý IV/2026', ''],
      HEADER,
      [null, 'năm 2026', '', 'vị, địa phương', '', ''],
    ]);
    expect(table?.records[0]?.text).toMatchObject({ task: 'Tuyên truyền về cải cách hành chính năm 2026', support: 'Các cơ quan, đơn vị, địa phương' });
  });

  it('task text keeps a word written twice', () => {
    const [table] = parse([HEADER, [1, 'Thực hiện từ', 'Sở Nội vụ', '', 'Quý IV/2026', ''], [null, 'từ các xã', '', '', '', '']]);
    expect(table?.records[0]?.text.task).toBe('Thực hiện từ từ các xã');
  });
});

describe('notes after a table without an STT column', () => {
  it('"Lưu ý: …" under the last task is the notes, not a task missing its lead and deadline', () => {
    const header = HEADER.slice(1);
    const [table] = parse([header, ['Rà soát thủ tục', 'Sở Nội vụ', '', 'Quý II/2026', ''], ['Lưu ý: Các cơ quan báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.']]);
    expect(table?.kinds).toEqual(['header', 'task', 'notes']);
  });
});

describe('a header repeated one column off at a page break', () => {
  it('is a repeat when the rows under it keep the table\'s layout', () => {
    const [table, second] = parse([HEADER, task(1, 'Rà soát văn bản'), [null, ...HEADER], task(2, 'Rà soát thủ tục'), task(3, 'Kiểm tra')]);
    expect(second).toBeUndefined();
    expect(table?.kinds).toEqual(['header', 'task', 'repeated-header', 'task', 'task']);
  });

  it('starts a new table when the rows under it moved too', () => {
    const tables = parse([HEADER, task(1, 'Rà soát văn bản'), [null, ...HEADER], [null, ...task(1, 'Rà soát thủ tục')]]);
    expect(tables.map((t) => t.header.top)).toEqual([0, 2]);
  });
});

describe('"Ghi chú: …" in the table\'s note column', () => {
  const H = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Ghi chú'];
  it('is a remark on the task above: the numbered rows after it are still tasks', () => {
    const [table] = parse([H, [1, 'Rà soát', 'Sở Nội vụ', 'Quý II/2026', ''], [null, '', '', '', 'Ghi chú: chuyển tiếp từ năm 2025'], [2, 'Kiểm tra', '', '', '']]);
    expect(table?.kinds).toEqual(['header', 'task', 'continuation', 'task']);
  });
});

describe('lines a rule must not take for something else', () => {
  it('lower-case list items under "… sau:" are items with their own leads, not the rest of the line', () => {
    expect(kinds([HEADER, [1, 'Thực hiện các nội dung sau:', '', '', '', ''], [null, '- xây dựng kế hoạch', 'Sở Tư pháp', '', 'Quý I/2026', ''], [null, '- tổ chức kiểm tra', 'Sở Nội vụ', '', 'Quý IV/2026', '']]))
      .toEqual(['header', 'task', 'sub', 'sub']);
  });

  it('a wrapped word or two with the rest of a two-part deadline continues the task', () => {
    const rows = [HEADER, [1, 'Sắp xếp đơn vị sự nghiệp công lập trên địa bàn tỉnh', 'Sở Nội vụ', '', 'Quý IV/2026 (cấp tỉnh);', ''], [null, 'Lạng Sơn', '', '', 'Năm 2027 (cấp xã)', '']];
    expect(kinds(rows)).toEqual(['header', 'task', 'continuation']);
  });

  it('"Trong đó …" with its own lead and deadline is a row of its own, not a count', () => {
    const rows = [HEADER, T1, [null, 'Trong đó 50% thủ tục hành chính thực hiện trực tuyến toàn trình', 'Sở Nội vụ', '', 'Quý IV/2026', '']];
    expect(kinds(rows)).toEqual(['header', 'task', 'sub']);
  });

  it('Roman-numbered headings over "-" items are sections, not a flat list', () => {
    const rows = [
      HEADER,
      ['I', 'Công tác tuyên truyền, cụ thể:', 'Sở Văn hóa, Thể thao và Du lịch', '', 'Năm 2026', ''], [null, '- Tuyên truyền trên báo', '', '', '', ''],
      ['II', 'Công tác kiểm tra, cụ thể:', 'Sở Nội vụ', '', 'Quý IV/2026', ''], [null, '- Kiểm tra công vụ', '', '', '', ''],
    ];
    expect(kinds(rows)).toEqual(['header', 'section', 'task', 'section', 'task']);
  });
});

describe('PDF conversions that put each wrapped line on a row of its own', () => {
  it('a lead ending in "và" or "," and a deadline ending in "ngày" go on on the next row', () => {
    const [table] = parse([
      HEADER,
      [1, 'Kiện toàn Ban Chỉ huy phòng thủ dân sự', 'Sở Nông nghiệp và', 'UBND các xã, phường', 'Trước ngày', ''],
      [null, 'các cấp', 'Môi trường', '', '31/3/2026', ''],
      [2, 'Tuyên truyền', 'Báo và Phát thanh,', 'Sở Nông nghiệp và', 'Thường xuyên', ''],
      [null, 'cho người dân', 'Truyền hình tỉnh', 'Môi trường', '', ''],
    ]);
    expect(table?.kinds).toEqual(['header', 'task', 'continuation', 'task', 'continuation']);
    expect(table?.records[0]?.text).toMatchObject({ lead: 'Sở Nông nghiệp và Môi trường', deadline: 'Trước ngày 31/3/2026' });
    expect(table?.records[1]?.text).toMatchObject({ lead: 'Báo và Phát thanh, Truyền hình tỉnh', support: 'Sở Nông nghiệp và Môi trường' });
  });

  it('a deadline ending in "Trước ngày" takes the next row along, its lead word too ("Bộ Chỉ huy Quân sự" / "tỉnh")', () => {
    const [table] = parse([HEADER, [12, 'Mua sắm trang thiết bị', 'Bộ Chỉ huy Quân sự', 'Sở Tài chính', 'Trước ngày', ''], [null, null, 'tỉnh', '', '31/02/2026', '']]);
    expect(table?.kinds).toEqual(['header', 'task', 'continuation']);
    expect(table?.records[0]?.text).toMatchObject({ lead: 'Bộ Chỉ huy Quân sự tỉnh', deadline: 'Trước ngày 31/02/2026' });
  });

  it('a row cut by a page break with its task, lead ("và Du lịch") and deadline all carried over continues the task', () => {
    const [table] = parse([HEADER, [1, 'Tổ chức', 'Sở Văn hóa, Thể thao', '', '', ''], HEADER, [null, 'lễ hội', 'và Du lịch', '', 'Quý III/2026', '']]);
    expect(table?.kinds).toEqual(['header', 'task', 'repeated-header', 'continuation']);
    expect(table?.records[0]?.text.lead).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('a page number on a row of its own is skipped (it was a sub-row missing its deadline)', () => {
    expect(kinds([HEADER, T1, task(2, 'Kiểm tra', 'Sở Y tế', ''), [], [null, null, '3'], task(3, 'Tổng kết')])).toEqual(['header', 'task', 'task', 'blank', 'blank', 'task']);
    expect(kinds([HEADER, T1, [null, '- 2 -'], task(2, 'Kiểm tra')])).toEqual(['header', 'task', 'blank', 'task']);
    // "Trang 3/3": the page of the pages (it was a sub-row whose agency was "Trang 3/3").
    expect(kinds([HEADER, T1, task(2, 'Kiểm tra', 'Sở Y tế', ''), [null, null, 'Trang 3/3'], task(3, 'Tổng kết')])).toEqual(['header', 'task', 'task', 'blank', 'task']);
    expect(kinds([HEADER, T1, [null, null, null, 'Trang 2 / 5'], task(2, 'Kiểm tra')])).toEqual(['header', 'task', 'blank', 'task']);
  });
});

describe('list items with their own deadline under a numbered task (PCI/PAPI layouts)', () => {
  it('are tasks of their own, not the rest of the task above', () => {
    const H = ['STT', 'Chỉ số thành phần', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
    const [table] = parse([
      H,
      ['1', 'Tiếp cận đất đai', '- Công khai quy hoạch sử dụng đất', 'Sở Nông nghiệp và Môi trường', 'UBND các xã, phường', 'Thường xuyên'],
      [null, null, '- Rút ngắn thời gian cấp Giấy chứng nhận', null, 'Văn phòng đăng ký đất đai', 'Quý III/2026'],
      [null, null, '- Giải quyết vướng mắc giải phóng mặt bằng', null, 'UBND cấp huyện', 'Quý I/2026'],
    ]);
    expect(table?.columns).toMatchObject({ number: 0, area: 1, task: 2, lead: 3, support: 4, deadline: 5 });
    expect(table?.kinds).toEqual(['header', 'task', 'task', 'task']);
  });
});

describe('sub-rows the wrapped-line rules must leave alone', () => {
  const T2 = task(2, 'Ban hành quy chế', 'Sở Tư pháp', 'Tháng 6/2026');
  it.each<[string, CellValue[][]]>([
    ['"- " leads with their own deadlines', [[1, 'Rà soát thủ tục', '- Sở Nội vụ', '', 'Quý II/2026', ''], [null, '', '- Sở Tài chính', '', 'Quý III/2026', '']]],
    ['a lead ending in "," by a slip, then another body', [[1, 'Rà soát thủ tục', 'Sở Nội vụ,', '', 'Quý II/2026', ''], [null, '', 'Sở Tài chính', '', 'Quý III/2026', '']]],
    ['leads ending in ";" one per row', [[1, 'Rà soát thủ tục', 'Sở Nội vụ;', '', 'Quý II/2026', ''], [null, '', 'Sở Tài chính;', '', 'Quý III/2026', '']]],
    ['a deadline ending in ";", then a body with its own', [[1, 'Triển khai phần mềm', 'Sở Khoa học và Công nghệ', '', 'Quý IV/2026 (cấp tỉnh);', ''], [null, '', 'UBND các xã, phường', '', 'Quý II/2027 (cấp xã)', '']]],
    ['a deadline that ends in "ngày", then a body with its own', [[1, 'Công bố thủ tục', 'Sở Tư pháp', '', 'Trong vòng 05 ngày', ''], [null, '', 'Sở Nội vụ', '', 'Trong vòng 10 ngày', '']]],
  ])('%s', (_, rows) => {
    expect(kinds([HEADER, ...rows, T2])).toEqual(['header', 'task', 'sub', 'task']);
  });

  it('a "- " line whose deadline goes on in lower case ("Quý III" / "năm 2026") continues the task', () => {
    const rows = [HEADER, [1, 'Tuyên truyền các nội dung sau:', 'Sở Tư pháp', '', 'Quý III', ''], [null, '- Luật Chuyển đổi số;', '', '', 'năm 2026', ''], T2];
    expect(kinds(rows)).toEqual(['header', 'task', 'continuation', 'task']);
  });

  it('a bare number in the task column is the end of the task\'s text, not a page number', () => {
    const [table] = parse([HEADER, [1, 'Triển khai các nhiệm vụ của Đề án', 'Công an tỉnh', '', 'Năm 2026', ''], [null, '06', '', '', '', ''], T2]);
    expect(table?.records[0]?.text.task).toBe('Triển khai các nhiệm vụ của Đề án 06');
  });
});
