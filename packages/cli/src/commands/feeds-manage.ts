import { Command, Option } from 'commander';
import { action, callApi, withApiOptions, type ApiTarget } from './query-client.ts';

interface FeedView {
  _id: string;
  url: string;
  spec: { name?: string };
  status: string;
  reason: string;
  stale: boolean;
  lastPollAt?: string;
  lastSuccessAt?: string;
  lastHttpStatus?: number;
  extractionFailures: number;
  newInDays: number;
  days: { day: string; seen: number; new: number }[];
}

const SORTS = ['status', 'url', 'lastPollAt', 'lastSuccessAt', 'new', 'extractionFailures'];

async function status(opts: ApiTarget & { sort: string; attention?: boolean; format: string }): Promise<void> {
  const qs = new URLSearchParams({ sort: opts.sort, ...(opts.attention ? { attention: 'true' } : {}) });
  const { feeds } = (await (await callApi(opts, 'GET', `/feeds?${qs}`)).json()) as { feeds: FeedView[] };
  if (opts.format === 'json') return void process.stdout.write(JSON.stringify(feeds, null, 2) + '\n');
  if (feeds.length === 0) return void process.stderr.write(opts.attention ? 'no feed needs attention\n' : 'no feeds known yet (the api learns them from the fetcher\'s polls and from `coopnews feeds add`)\n');
  const today = feeds.flatMap((f) => f.days.map((d) => d.day)).sort().at(-1);
  process.stdout.write(`${'STATUS'.padEnd(8)} ${'HTTP'.padEnd(4)} ${'LAST POLL'.padEnd(20)} ${'LAST SUCCESS'.padEnd(20)} ${'SEEN/NEW TODAY'.padEnd(14)} ${'EXTRACT FAIL'.padEnd(12)} FEED\n`);
  for (const f of feeds) {
    const day = f.days.find((d) => d.day === today);
    const cells = [
      f.status.padEnd(8),
      String(f.lastHttpStatus ?? '-').padEnd(4),
      (f.lastPollAt?.slice(0, 19) ?? '-').padEnd(20),
      (f.lastSuccessAt?.slice(0, 19) ?? 'never').padEnd(20),
      `${day?.seen ?? 0}/${day?.new ?? 0}`.padEnd(14),
      String(f.extractionFailures).padEnd(12),
      `${f.url}${f.spec.name ? ` (${f.spec.name})` : ''}`,
    ];
    process.stdout.write(`${cells.join(' ')}\n${f.status === 'healthy' ? '' : `    ${f.reason.slice(0, 200)}\n`}`);
  }
}

/** Finds a feed's id by its URL (or takes an id as given). */
async function idOf(opts: ApiTarget, urlOrId: string): Promise<string> {
  if (!/^https?:/i.test(urlOrId)) return urlOrId;
  const { feeds } = (await (await callApi(opts, 'GET', '/feeds?includeRemoved=true&sort=url')).json()) as { feeds: FeedView[] };
  const found = feeds.find((f) => f.url === urlOrId);
  if (!found) throw new Error(`no feed ${urlOrId} is known to the api; add it with \`coopnews feeds add ${urlOrId}\``);
  return found._id;
}

/** `feeds status|add|pause|resume|remove`: feed health and management through the api. */
export function feedManagementCommands(): Command[] {
  const cmds: Command[] = [];
  cmds.push(
    withApiOptions(new Command('status'))
      .description('every feed with its health: dead, failing and stale ones first, with the reason')
      .addOption(new Option('--sort <field>', 'order').choices(SORTS).default('status'))
      .option('--attention', 'only dead, failing and stale feeds')
      .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
      .action(action(status)),
  );
  cmds.push(
    withApiOptions(new Command('add'))
      .description('add a feed; the fetcher polls it without a restart (needs --token or COOPNEWS_TOKEN)')
      .argument('<url>', 'the feed URL (RSS or Atom)')
      .option('--name <name>', 'a name for logs and the Feeds page')
      .option('--outlet <outlet>', 'outlet name for items whose feed names none')
      .option('--interval <seconds>', 'poll at most this often', (v) => Number.parseInt(v, 10))
      .action(
        action(async (url: string, opts: ApiTarget & { name?: string; outlet?: string; interval?: number }) => {
          const body = { url, ...(opts.name ? { name: opts.name } : {}), ...(opts.outlet ? { outlet: opts.outlet } : {}), ...(opts.interval ? { intervalSeconds: opts.interval } : {}) };
          const feed = (await (await callApi(opts, 'POST', '/feeds', body)).json()) as FeedView;
          process.stdout.write(`${feed._id}: ${feed.url} added (${feed.status})\n`);
        }),
      ),
  );
  for (const [verb, what] of [
    ['pause', 'stop polling a feed for now'],
    ['resume', 'poll a paused feed again'],
    ['remove', 'stop polling a feed and hide it'],
  ] as const) {
    cmds.push(
      withApiOptions(new Command(verb))
        .description(`${what} (needs --token or COOPNEWS_TOKEN)`)
        .argument('<feed>', 'feed URL or id')
        .action(
          action(async (feed: string, opts: ApiTarget) => {
            const id = encodeURIComponent(await idOf(opts, feed));
            const res = verb === 'remove' ? await callApi(opts, 'DELETE', `/feeds/${id}`) : await callApi(opts, 'POST', `/feeds/${id}/${verb}`);
            const view = (await res.json()) as FeedView;
            process.stdout.write(`${view.url}: ${view.status}\n`);
          }),
        ),
    );
  }
  return cmds;
}
