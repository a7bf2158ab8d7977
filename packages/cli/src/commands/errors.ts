import { Command, Option } from 'commander';
import { action, callApi, withApiOptions, type ApiTarget } from './query-client.ts';

interface ErrorItem {
  _id: string;
  stage: string;
  code: string;
  message: string;
  url?: string;
  count: number;
  lastAt: string;
  review: string;
}

async function list(opts: ApiTarget & { stage?: string; review: string; code?: string; format: string }): Promise<void> {
  const items: ErrorItem[] = [];
  let cursor: string | undefined;
  do {
    const qs = new URLSearchParams({ review: opts.review, limit: '200', ...(opts.stage ? { stage: opts.stage } : {}), ...(opts.code ? { code: opts.code } : {}), ...(cursor ? { cursor } : {}) });
    const page = (await (await callApi(opts, 'GET', `/errors?${qs}`)).json()) as { items: ErrorItem[]; nextCursor?: string };
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  if (opts.format === 'json') return void process.stdout.write(JSON.stringify(items, null, 2) + '\n');
  if (items.length === 0) return void process.stderr.write(`no ${opts.review === 'all' ? '' : opts.review + ' '}errors\n`);
  for (const e of items) {
    process.stdout.write(`${e._id}  ${e.review.padEnd(9)} ${e.stage.padEnd(9)} ${e.code.padEnd(20)} x${e.count}  ${e.lastAt}  ${e.url ?? ''}\n    ${e.message.split('\n')[0]!.slice(0, 160)}\n`);
  }
}

export function errorsCommand(): Command {
  const cmd = new Command('errors').description('review pipeline errors: list them, dismiss one, or retry one (re-extract its stored page)');
  cmd.addCommand(
    withApiOptions(new Command('list'))
      .description('list errors (open ones by default)')
      .addOption(new Option('--stage <stage>', 'only this stage').choices(['fetcher', 'extractor', 'indexer', 'api', 'cli']))
      .addOption(new Option('--review <state>', 'review state').choices(['open', 'dismissed', 'retried', 'all']).default('open'))
      .option('--code <code>', 'only this error code, e.g. ERR_EXTRACT_EMPTY')
      .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
      .action(action(list)),
  );
  for (const [verb, what] of [
    ['dismiss', 'mark an error as reviewed and not worth retrying'],
    ['retry', 'republish the stored page of an error for extraction, and mark it retried'],
  ] as const) {
    cmd.addCommand(
      withApiOptions(new Command(verb))
        .description(`${what} (needs --token or COOPNEWS_TOKEN)`)
        .argument('<id>', 'error id, as shown by `coopnews errors list`')
        .action(
          action(async (id: string, opts: ApiTarget) => {
            const res = (await (await callApi(opts, 'POST', `/errors/${encodeURIComponent(id)}/${verb}`)).json()) as { review?: string };
            process.stdout.write(`${id}: ${res.review ?? verb}\n`);
          }),
        ),
    );
  }
  return cmd;
}
