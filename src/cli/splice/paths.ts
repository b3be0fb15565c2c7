/** Part names: zip entry names (no leading slash), resolved and related as OPC relationship targets are. */

export const dirOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);
export const relsOf = (part: string) => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** A relationship target resolved against its source part: the zip entry name (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dirOf(source) + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The relative path from the folder of `from` to `to` (both entry names). */
export function relativePath(from: string, to: string): string {
  const a = dirOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
