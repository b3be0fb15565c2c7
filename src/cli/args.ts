import type { Lang } from '../core/messages';

export interface CliArgs {
  command: 'validate' | 'summarize' | 'help';
  files: string[];
  json: boolean;
  today?: string;
  year?: number;
  lang: Lang;
  settings?: string;
  out?: string;
  dueSoonDays?: number;
}

export class UsageError extends Error {}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Parses argv after the script name. Throws UsageError with a one-line reason. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') return { command: 'help', files: [], json: false, lang: 'vi' };
  if (command !== 'validate' && command !== 'summarize') throw new UsageError(`unknown-command:${command}`);
  const args: CliArgs = { command, files: [], json: false, lang: 'vi' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] ?? '';
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`missing-value:${a}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--today') {
      const v = value();
      if (!isRealDate(v)) throw new UsageError(`bad-date:${v}`);
      args.today = v;
    } else if (a === '--year') {
      const v = value();
      if (!/^\d{4}$/.test(v)) throw new UsageError(`bad-year:${v}`);
      args.year = Number(v);
    } else if (a === '--lang') {
      const v = value();
      if (v !== 'vi' && v !== 'en') throw new UsageError(`bad-lang:${v}`);
      args.lang = v;
    } else if (a === '--settings') args.settings = value();
    else if (a === '-o' || a === '--out') args.out = value();
    else if (a === '--due-soon-days') {
      const v = value();
      if (!/^\d{1,3}$/.test(v)) throw new UsageError(`bad-number:${v}`);
      args.dueSoonDays = Number(v);
    } else if (a.startsWith('-')) throw new UsageError(`unknown-option:${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0) throw new UsageError('no-files');
  if (args.command === 'summarize' && args.files.length > 1) throw new UsageError('one-file');
  return args;
}
