/**
 * File-type detection for the `annex` command line, before any workbook parsing.
 * Looks at the path and the first bytes only (plus a scan of OLE2 files for the
 * "EncryptedPackage" stream name), so a user's bad file is named precisely and never throws.
 */
import { open, stat } from 'node:fs/promises';

export type ReadFailure = {
  reason: 'not-found' | 'not-a-file' | 'legacy-xls' | 'password-protected' | 'not-xlsx' | 'corrupt';
  detail?: string;
};

export type SniffResult = { ok: true; size: number } | { ok: false; failure: ReadFailure };

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Office writes encrypted (password-to-open, IRM) OOXML files as an OLE2 file holding this stream. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

function ioFailure(e: unknown): ReadFailure {
  const code = errorCode(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'not-found' };
  if (code === 'EISDIR') return { reason: 'not-a-file', detail: 'is a directory' };
  // EACCES, EPERM, ELOOP, EIO …: the file cannot be opened; the union has no closer reason.
  return { reason: 'not-found', detail: `cannot open (${code ?? String(e)})` };
}

/** True when `needle` occurs anywhere in the file; reads in chunks with an overlap. */
async function fileContains(path: string, needle: Buffer): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const overlap = needle.length - 1;
    let carry = 0; // bytes kept at the start of `chunk` from the previous read
    let position = 0;
    for (;;) {
      const { bytesRead } = await fh.read(chunk, carry, chunk.length - carry, position);
      if (bytesRead === 0) return false;
      position += bytesRead;
      const filled = carry + bytesRead;
      if (chunk.subarray(0, filled).indexOf(needle) >= 0) return true;
      carry = Math.min(overlap, filled);
      chunk.copy(chunk, 0, filled - carry, filled);
    }
  } finally {
    await fh.close();
  }
}

/**
 * Classifies `path`: `{ ok: true }` means "starts like a ZIP archive" (the reader then decides whether
 * it is a readable workbook); anything else is a failure with its reason.
 */
export async function sniffFile(path: string): Promise<SniffResult> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) return { ok: false, failure: { reason: 'not-a-file', detail: 'is a directory' } };
    if (!st.isFile()) return { ok: false, failure: { reason: 'not-a-file', detail: 'not a regular file' } };

    const head = Buffer.alloc(8);
    const fh = await open(path, 'r');
    let got: number;
    try {
      ({ bytesRead: got } = await fh.read(head, 0, 8, 0));
    } finally {
      await fh.close();
    }

    if (got === 8 && head.equals(OLE2_MAGIC)) {
      return (await fileContains(path, ENCRYPTED_PACKAGE))
        ? { ok: false, failure: { reason: 'password-protected', detail: 'encrypted Office document (EncryptedPackage)' } }
        : { ok: false, failure: { reason: 'legacy-xls', detail: 'OLE2 compound file (Excel 97–2003 .xls)' } };
    }
    if (got < 4 || !head.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) {
      return { ok: false, failure: { reason: 'not-xlsx', detail: got === 0 ? 'empty file' : 'not a ZIP archive' } };
    }
    return { ok: true, size: st.size };
  } catch (e) {
    return { ok: false, failure: ioFailure(e) };
  }
}
