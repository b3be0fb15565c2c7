/**
 * @jest-environment jsdom
 *
 * Offline check of manifest.xml (the validation web service is unreachable here): well-formed, ids, https URLs on
 * one origin that the build serves, every resource id resolved, icons of the right sizes, the requirement set,
 * the two ribbon buttons; and the production rewrite to ADDIN_URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REQUIRED_SETS } from '../src/excel/requirements';

const { rewriteManifest, resolveAddinUrl, DEV_URL } = require('../scripts/rewrite-manifest') as {
  rewriteManifest(xml: string, base: string): string;
  resolveAddinUrl(env: Record<string, string | undefined>): string;
  DEV_URL: string;
};

const ROOT = path.join(__dirname, '..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent}`);
  return doc;
}

const doc = parse(XML);
const all = (name: string, root: Element | Document = doc) => [...root.getElementsByTagName(name)];
const one = (name: string, root: Element | Document = doc) => {
  const found = all(name, root);
  expect(found).toHaveLength(1);
  return found[0]!;
};
/** A direct child of <OfficeApp>. */
const top = (name: string) => {
  const found = [...doc.documentElement.children].filter((c) => c.localName === name);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const resources = (kind: string) => [...doc.getElementsByTagNameNS(BT, kind)].flatMap((k) => [...k.children]);
const resourceMap = (kind: string) => new Map(resources(kind).map((r) => [r.getAttribute('id')!, r]));

/** Every URL-valued attribute (DefaultValue / Value) that looks like one. */
function urls(root: Document): string[] {
  const out: string[] = [];
  for (const el of [...root.getElementsByTagName('*')]) {
    for (const attr of ['DefaultValue', 'Value']) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) out.push(v);
    }
  }
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('an Excel task-pane add-in with a unique id and the product names', () => {
  const app = doc.documentElement;
  expect(app.localName).toBe('OfficeApp');
  expect(app.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
  expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(one('DefaultLocale').textContent).toBe('vi-VN');
  const name = top('DisplayName');
  expect(name.getAttribute('DefaultValue')).toBe('Trợ lý Phụ lục');
  expect(one('Override', name).getAttribute('Value')).toBe('Annex Assistant');
  const description = top('Description');
  expect(description.getAttribute('DefaultValue')!.length).toBeGreaterThan(40);
  expect(one('Override', description).getAttribute('Locale')).toBe('en-US');
  expect([...top('Hosts').children].map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  expect(top('Permissions').textContent).toBe('ReadWriteDocument');
});

test('declares exactly the requirement sets of src/excel/requirements.ts (the one place they are kept)', () => {
  const sets = all('Set', top('Requirements')).map((s) => ({ name: s.getAttribute('Name'), minVersion: s.getAttribute('MinVersion') }));
  expect(sets).toEqual(REQUIRED_SETS);
  for (const s of sets) expect(s.minVersion).toMatch(/^1\.\d+$/);
});

test('every URL is https on the one development origin, and points at a file the build produces', () => {
  const list = urls(doc);
  expect(list.length).toBeGreaterThan(5);
  for (const u of list) {
    const url = new URL(u);
    expect(url.protocol).toBe('https:');
    expect(url.origin).toBe(DEV_URL);
    const file = url.pathname.slice(1);
    const source = file.startsWith('assets/')
      ? file
      : file === 'commands.html'
        ? 'src/commands/commands.html'
        : `src/taskpane/${file}`;
    expect(fs.existsSync(path.join(ROOT, source))).toBe(true);
  }
});

test('resource ids are unique, short enough, and every resid resolves to the right kind', () => {
  const ids = ['Images', 'Urls', 'ShortStrings', 'LongStrings'].flatMap((k) => resources(k).map((r) => r.getAttribute('id')!));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  const kindOf = (el: Element): string => {
    if (el.localName === 'Image') return 'Images';
    if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.localName)) return 'Urls';
    if (el.localName === 'Description') return 'LongStrings';
    return 'ShortStrings';
  };
  const used = [...doc.getElementsByTagName('*')].filter((el) => el.hasAttribute('resid'));
  expect(used.length).toBeGreaterThan(10);
  for (const el of used) expect(resourceMap(kindOf(el)).has(el.getAttribute('resid')!)).toBe(true);
  for (const s of resources('ShortStrings')) expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
  for (const s of resources('LongStrings')) expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
  // Every string has its English override.
  for (const s of [...resources('ShortStrings'), ...resources('LongStrings')]) {
    expect([...s.children].map((o) => o.getAttribute('Locale'))).toContain('en-US');
  }
});

test('icons exist with the sizes the manifest declares', () => {
  const file = (u: string) => path.join(ROOT, new URL(u).pathname.slice(1));
  expect(pngSize(file(one('IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
  expect(pngSize(file(one('HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
  const images = resourceMap('Images');
  const refs = all('Image').filter((el) => el.hasAttribute('resid'));
  for (const ref of refs) {
    const size = Number(ref.getAttribute('size'));
    const image = images.get(ref.getAttribute('resid')!)!;
    expect(pngSize(file(image.getAttribute('DefaultValue')!))).toEqual({ width: size, height: size });
  }
  for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`)).width).toBe(size);
});

test('a Home-tab group with two buttons opening the pane on Kiểm tra and on Tổng hợp', () => {
  const tab = one('OfficeTab');
  expect(tab.getAttribute('id')).toBe('TabHome');
  const controls = all('Control', tab);
  const ids = [...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
  expect(new Set(ids).size).toBe(ids.length);
  const urlsById = resourceMap('Urls');
  const shortById = resourceMap('ShortStrings');
  const buttons = controls.map((c) => ({
    label: shortById.get(one('Label', c).getAttribute('resid')!)!.getAttribute('DefaultValue'),
    action: one('Action', c).getAttributeNS(XSI, 'type'),
    pane: one('TaskpaneId', c).textContent,
    url: urlsById.get(one('SourceLocation', c).getAttribute('resid')!)!.getAttribute('DefaultValue'),
  }));
  expect(buttons).toEqual([
    { label: 'Kiểm tra', action: 'ShowTaskpane', pane: 'AnnexAssistant.Pane', url: `${DEV_URL}/taskpane.html?tab=check` },
    { label: 'Tổng hợp', action: 'ShowTaskpane', pane: 'AnnexAssistant.Pane', url: `${DEV_URL}/taskpane.html?tab=summary` },
  ]);
});

test('the production manifest is rewritten to ADDIN_URL, everywhere', () => {
  const base = resolveAddinUrl({ ADDIN_URL: 'https://addins.example.gov.vn/tro-ly-phu-luc/' });
  expect(base).toBe('https://addins.example.gov.vn/tro-ly-phu-luc');
  const out = rewriteManifest(XML, base);
  expect(out).not.toContain('localhost');
  const rewritten = urls(parse(out));
  expect(rewritten.length).toBe(urls(doc).length);
  for (const u of rewritten) expect(u.startsWith(`${base}/`)).toBe(true);
  expect(resolveAddinUrl({})).toBe(DEV_URL);
  expect(() => resolveAddinUrl({ ADDIN_URL: 'http://plain.example' })).toThrow(/https/);
  expect(() => resolveAddinUrl({ ADDIN_URL: 'not a url' })).toThrow(/not a URL/);
});
