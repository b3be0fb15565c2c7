/**
 * The little of ZIP an .xlsx splice needs: list an archive's entries, read one, and write a new archive in which
 * unchanged entries are copied as stored (compressed bytes, CRC and sizes untouched) and new ones are deflated.
 * No ZIP64, no encryption, no multi-disk archives: those throw ZipUnsupported, and the caller takes another route.
 */
import * as zlib from 'node:zlib';

export class ZipUnsupported extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Raw bytes as stored (compressed with `method`). */
  raw: Buffer;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const UTF8_FLAG = 0x0800;

/** Reads the central directory; entries in archive order. */
export function readZip(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  const disk = buf.readUInt16LE(end + 4);
  const cdDisk = buf.readUInt16LE(end + 6);
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (disk !== 0 || cdDisk !== 0) throw new ZipUnsupported('multi-disk archive');
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipUnsupported('ZIP64 archive');
  if (cdOffset + cdSize > end) throw new ZipUnsupported('central directory out of bounds');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipUnsupported('bad central directory');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & UTF8_FLAG ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 0x0001) throw new ZipUnsupported(`encrypted entry ${name}`);
    if (method !== 0 && method !== 8) throw new ZipUnsupported(`compression method ${method} (${name})`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new ZipUnsupported('ZIP64 entry');
    const key = name.toLowerCase();
    if (seen.has(key)) throw new ZipUnsupported(`duplicate entry ${name}`);
    seen.add(key);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== SIG_LOCAL) throw new ZipUnsupported(`bad local header (${name})`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressedSize > buf.length) throw new ZipUnsupported(`entry out of bounds (${name})`);
    entries.push({ name, method, flags, time, date, crc, compressedSize, size, raw: buf.subarray(start, start + compressedSize) });
  }
  return entries;
}

function findEnd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === SIG_END) return i;
  throw new ZipUnsupported('no end of central directory');
}

/** The uncompressed bytes of an entry, checked against its CRC. */
export function entryData(e: ZipEntry): Buffer {
  const data = e.method === 0 ? e.raw : zlib.inflateRawSync(e.raw);
  if (data.length !== e.size || crc32(data) !== e.crc) throw new ZipUnsupported(`corrupt entry ${e.name}`);
  return data;
}

let CRC_TABLE: Int32Array | undefined;
export function crc32(data: Buffer): number {
  const native = (zlib as { crc32?: (d: Buffer) => number }).crc32;
  if (typeof native === 'function') return native(data) >>> 0;
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A new entry, deflated now (level 6, like Excel). */
export function newEntry(name: string, data: Buffer, when: Date = new Date()): ZipEntry {
  const raw = zlib.deflateRawSync(data, { level: 6 });
  return { name, method: 8, flags: UTF8_FLAG, ...dosTime(when), crc: crc32(data), compressedSize: raw.length, size: data.length, raw };
}

/** The archive of `entries` in order: local headers without data descriptors, then the central directory. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length >= 0xffff) throw new ZipUnsupported('too many entries');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, e.flags & UTF8_FLAG ? 'utf8' : 'latin1');
    // Bits kept: deflate options (1, 2) and UTF-8 names (11); sizes are in the header, so no data descriptor (3).
    const flags = e.flags & (0x0006 | UTF8_FLAG);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(SIG_CENTRAL, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    local.copy(cd, 8, 6, 30); // flags … name length, extra length (0)
    cd.writeUInt16LE(0, 30);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.raw);
    central.push(cd, name);
    offset += 30 + name.length + e.raw.length;
    if (offset > 0xffffffff) throw new ZipUnsupported('archive over 4 GB');
  }
  const cdSize = central.reduce((a, b) => a + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
