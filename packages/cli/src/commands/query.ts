import { Command, Option } from 'commander';
import { action, callApi, pipeToStdout, withApiOptions, type ApiTarget } from './query-client.ts';

const KINDS = ['agreements', 'actors', 'programs', 'articles'] as const;
type Kind = (typeof KINDS)[number];
/** What can be listed: the record kinds, and `edges` (one row per agreement and party), which takes the agreement filters. */
const LISTS = [...KINDS, 'edges'] as const;
type List = (typeof LISTS)[number];
const filteredAs = (list: List): Kind => (list === 'edges' ? 'agreements' : list);

/** Filter options and the query-string field each maps to, with the lists it applies to. */
export const FILTERS: { flag: string; field: string; help: string; kinds: readonly Kind[]; bool?: boolean }[] = [
  { flag: '--actor <idOrName>', field: 'actor', help: 'actor id, or a name or alias', kinds: ['agreements'] },
  { flag: '--country <iso>', field: 'country', help: 'ISO 3166-1 code, e.g. KR', kinds: ['agreements', 'actors'] },
  { flag: '--province <iso>', field: 'province', help: 'ISO 3166-2 code, e.g. ID-JT', kinds: ['agreements'] },
  { flag: '--sector <term>', field: 'sector', help: 'sector term, e.g. umkm', kinds: ['agreements'] },
  { flag: '--type <type>', field: 'type', help: 'mou|loi|sister_region|cooperation|other', kinds: ['agreements'] },
  { flag: '--status <status>', field: 'status', help: 'proposed|agreed|signed|in_force', kinds: ['agreements'] },
  { flag: '--since <date>', field: 'since', help: 'YYYY-MM-DD', kinds: ['agreements', 'articles'] },
  { flag: '--until <date>', field: 'until', help: 'YYYY-MM-DD', kinds: ['agreements', 'articles'] },
  { flag: '--outlet <name>', field: 'outlet', help: 'outlet name', kinds: ['agreements', 'articles'] },
  { flag: '--q <text>', field: 'q', help: 'free text (summaries and quotes; names; titles)', kinds: ['agreements', 'actors', 'programs', 'articles'] },
  { flag: '--kind <kind>', field: 'kind', help: 'person|organization|place', kinds: ['actors'] },
  { flag: '--category <category>', field: 'category', help: 'ministry, company, ... ', kinds: ['actors'] },
  { flag: '--include-irrelevant', field: 'includeIrrelevant', help: 'also records of articles not about cooperation', kinds: ['agreements', 'articles'], bool: true },
  { flag: '--include-dismissed', field: 'includeDismissed', help: 'also records a reviewer dismissed', kinds: ['agreements', 'actors', 'programs'], bool: true },
];

const camel = (flag: string) => flag.replace(/^--/, '').split(' ')[0]!.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** Adds the filter options to a command (the watch command reuses the agreement ones). */
export function addFilterOptions(cmd: Command, kinds: readonly Kind[] = KINDS): Command {
  for (const f of FILTERS) if (f.kinds.some((k) => kinds.includes(k))) cmd.option(f.flag, `${f.help} (${f.kinds.join(', ')})`);
  return cmd;
}

/** The query-string fields of the options given; an option that does not apply to `kind` is an error, not silently ignored. */
export function filterParams(list: List, opts: Record<string, unknown>): Record<string, string> {
  const kind = filteredAs(list);
  const params: Record<string, string> = {};
  for (const f of FILTERS) {
    const value = opts[camel(f.flag)];
    if (value === undefined || value === false) continue;
    if (!f.kinds.includes(kind)) throw new Error(`${f.flag.split(' ')[0]} does not apply to ${kind} (it filters ${f.kinds.join(', ')})`);
    params[f.field] = f.bool ? 'true' : String(value);
  }
  return params;
}

async function runQuery(kind: string, opts: Record<string, unknown> & ApiTarget & { format: string }): Promise<void> {
  if (!LISTS.includes(kind as List)) throw new Error(`unknown list ${JSON.stringify(kind)}: use one of ${LISTS.join(', ')}`);
  if (opts.format === 'parquet' && process.stdout.isTTY) throw new Error('Parquet is binary: redirect the output to a file (> agreements.parquet)');
  const qs = new URLSearchParams(filterParams(kind as List, opts)).toString();
  const ext = opts.format === 'csv' || opts.format === 'parquet' ? opts.format : 'jsonl';
  const res = await callApi(opts, 'GET', `/${kind}.${ext}${qs ? `?${qs}` : ''}`);
  if (opts.format !== 'json') return pipeToStdout(res);
  const text = await res.text();
  const items = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
  process.stdout.write(JSON.stringify(items, null, 2) + '\n');
}

export function queryCommand(): Command {
  const cmd = new Command('query')
    .description('query the records through the api: agreements, actors, programs, articles or edges (agreement-party pairs), filtered; prints JSON, JSON lines, CSV or Parquet')
    .argument('<list>', LISTS.join('|'))
    .addOption(new Option('--format <format>', 'output format (parquet: typed columns, to a file)').choices(['json', 'jsonl', 'csv', 'parquet']).default('json'))
    .addHelpText(
      'after',
      '\nExamples:\n  coopnews query agreements --country KR --sector umkm --status signed --since 2022-01-01\n  coopnews query actors --kind organization --q kadin --format csv > actors.csv\n  coopnews query edges --country KR --format parquet > edges.parquet',
    );
  addFilterOptions(withApiOptions(cmd));
  return cmd.action(action((list: string, opts: Record<string, unknown> & ApiTarget & { format: string }) => runQuery(list, opts)));
}
