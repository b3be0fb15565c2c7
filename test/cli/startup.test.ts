import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** Modules a file loads when it is loaded (static requires after type-only imports are erased; `await import()` excluded). */
function staticRequires(file: string): string[] {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const lazy = new Set([...outputText.matchAll(/\.then\(\(\) => __importStar\(require\("([^"]+)"\)\)\)/g)].map((m) => m[1]));
  return [...outputText.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string).filter((m) => !lazy.has(m));
}

function sourceOf(from: string, dep: string): string {
  const base = resolve(dirname(from), dep);
  return [`${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')].find((f) => existsSync(f)) ?? `${base}.ts`;
}

function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    for (const dep of staticRequires(file)) {
      const key = dep.startsWith('.') ? sourceOf(file, dep) : dep;
      if (seen.has(key)) continue;
      seen.add(key);
      if (dep.startsWith('.')) todo.push(key);
    }
  }
  return seen;
}

describe('what `annex validate` loads at start-up', () => {
  const loaded = loadedBy(resolve(__dirname, '../../src/cli/main.ts'));

  it('reaches the engine and exceljs', () => {
    expect(loaded).toContain('exceljs');
    expect(loaded).toContain(resolve(__dirname, '../../src/core/validate.ts'));
  });

  it('never loads zod (settings and summaries load it on demand)', () => {
    expect([...loaded].filter((m) => m === 'zod' || m.startsWith('zod/'))).toEqual([]);
    expect(loaded).not.toContain(resolve(__dirname, '../../src/core/settings.ts'));
  });
});
