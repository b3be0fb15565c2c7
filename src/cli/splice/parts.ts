/**
 * The package's parts as read from the zip, with the text edits and drops made so far. Parts never touched are
 * written back byte for byte (even their compressed bytes).
 */
import { ZipUnsupported, entryData, newEntry, readZip, writeZip, type ZipEntry } from '../zip';
import { SpliceUnsupported } from './errors';
import { safeDecode } from './paths';

export class PartStore {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly edited = new Map<string, string>();
  private readonly dropped = new Set<string>();

  constructor(buf: Buffer) {
    try {
      this.entries = readZip(buf);
    } catch (e) {
      if (e instanceof ZipUnsupported) throw new SpliceUnsupported(e.message);
      throw e;
    }
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** Entry names as stored, dropped ones included. */
  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    return this.byName.has(key) && !this.dropped.has(key);
  }

  /** The entry of a part name (part names compare case-insensitively, and may be percent-encoded). */
  find(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase()) ?? this.byName.get(safeDecode(name).toLowerCase());
  }

  /** The entry's own spelling of a part name. */
  entryName(name: string): string {
    const e = this.find(name);
    if (!e) throw new SpliceUnsupported(`missing part ${name}`);
    return e.name;
  }

  /** The part's text, as edited so far. */
  text(name: string): string {
    const key = name.toLowerCase();
    const edited = this.edited.get(key);
    if (edited !== undefined) return edited;
    const e = this.byName.get(key) ?? this.byName.get(safeDecode(key));
    if (!e) throw new SpliceUnsupported(`missing part ${name}`);
    try {
      return entryData(e).toString('utf8').replace(/^\ufeff/, '');
    } catch (err) {
      throw new SpliceUnsupported(err instanceof Error ? err.message : String(err));
    }
  }

  edit(name: string, xml: string): void {
    this.edited.set(name.toLowerCase(), xml);
  }

  drop(name: string): void {
    this.dropped.add(name.toLowerCase());
  }

  /** Whether a part name (lower case) was dropped. */
  isDropped(key: string): boolean {
    return this.dropped.has(key);
  }

  /** The new package: the parts kept, with these last edits (part name → text) over the earlier ones, then `added`. */
  write(edits: ReadonlyMap<string, string>, added: readonly { name: string; data: string }[], when: Date): Buffer {
    const edited = new Map(this.edited);
    for (const [name, text] of edits) edited.set(name.toLowerCase(), text);
    const zip: ZipEntry[] = [];
    for (const e of this.entries) {
      const key = e.name.toLowerCase();
      if (this.dropped.has(key)) continue;
      const text = edited.get(key);
      zip.push(text === undefined ? e : newEntry(e.name, Buffer.from(text, 'utf8'), when));
    }
    for (const part of added) zip.push(newEntry(part.name, Buffer.from(part.data, 'utf8'), when));
    return writeZip(zip);
  }
}
