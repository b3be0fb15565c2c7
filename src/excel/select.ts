/** Use case: go to a cell the user clicked in the issue list. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}(?::[A-Z]{1,3}[1-9]\d{0,6})?$/.test(address)) throw new Error(`Not a cell address: ${address}`);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}
