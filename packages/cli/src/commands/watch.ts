import { Command } from 'commander';
import { action, callApi, withApiOptions, type ApiTarget } from './query-client.ts';
import { addFilterOptions, filterParams } from './query.ts';

interface WatchView {
  _id: string;
  name: string;
  filter: Record<string, unknown>;
  webhookUrl?: string;
  feed: string;
  createdAt: string;
  secret?: string;
}

export function watchCommand(): Command {
  const cmd = new Command('watch').description('saved filters over agreements: an Atom feed each, and optionally a signed webhook');
  cmd.addCommand(
    addFilterOptions(withApiOptions(new Command('add')), ['agreements'])
      .description('save a watch (needs --token or COOPNEWS_TOKEN)')
      .requiredOption('--name <name>', 'a name for the watch')
      .option('--webhook <url>', 'POST each matching change here')
      .option('--secret <secret>', 'HMAC key for X-Coopnews-Signature (one is made if omitted)')
      .addHelpText('after', '\nExample:\n  coopnews watch add --name "Korea UMKM" --country KR --sector umkm --webhook https://example.org/hook --secret s3cret-value')
      .action(
        action(async (opts: ApiTarget & Record<string, unknown> & { name: string; webhook?: string; secret?: string }) => {
          const filter = filterParams('agreements', opts);
          const body = { name: opts.name, filter, ...(opts.webhook ? { webhookUrl: opts.webhook } : {}), ...(opts.secret ? { secret: opts.secret } : {}) };
          const w = (await (await callApi(opts, 'POST', '/watches', body)).json()) as WatchView;
          process.stdout.write(`${w._id}  ${w.name}\n  feed: ${opts.api.replace(/\/+$/, '')}${w.feed}\n`);
          if (w.secret) process.stdout.write(`  webhook secret (shown once): ${w.secret}\n`);
        }),
      ),
  );
  cmd.addCommand(
    withApiOptions(new Command('list'))
      .description('list the watches')
      .option('--json', 'print JSON')
      .action(
        action(async (opts: ApiTarget & { json?: boolean }) => {
          const { items } = (await (await callApi(opts, 'GET', '/watches')).json()) as { items: WatchView[] };
          if (opts.json) return void process.stdout.write(JSON.stringify(items, null, 2) + '\n');
          if (items.length === 0) return void process.stderr.write('no watches\n');
          for (const w of items) {
            const filter = Object.entries(w.filter).filter(([, v]) => v !== false).map(([k, v]) => `${k}=${String(v)}`).join(' ');
            process.stdout.write(`${w._id}  ${w.name}  [${filter || 'everything'}]${w.webhookUrl ? `  -> ${w.webhookUrl}` : ''}\n`);
          }
        }),
      ),
  );
  cmd.addCommand(
    withApiOptions(new Command('rm'))
      .description('delete a watch (needs --token or COOPNEWS_TOKEN)')
      .argument('<id>', 'watch id, as shown by `coopnews watch list`')
      .action(
        action(async (id: string, opts: ApiTarget) => {
          await callApi(opts, 'DELETE', `/watches/${encodeURIComponent(id)}`);
          process.stdout.write(`deleted ${id}\n`);
        }),
      ),
  );
  return cmd;
}
