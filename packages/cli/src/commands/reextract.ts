import { Command } from 'commander';
import type { ReextractSummary } from '@coopnews/indexer';
import type { Publisher } from '@coopnews/kafka';

function printSummary(s: ReextractSummary): void {
  const row = (name: string, c: ReextractSummary['actors']) =>
    `${name.padEnd(11)} created ${c.created}  updated ${c.updated}  unchanged ${c.unchanged}  removed ${c.removed}`;
  process.stderr.write(
    [
      `re-extracted ${s.pages} pages`,
      row('articles', s.articles),
      row('actors', s.actors),
      row('agreements', s.agreements),
      row('programs', s.programs),
      ...s.failed.map((f) => `failed: ${f.url}: ${f.message}`),
    ].join('\n') + '\n',
  );
}

export function reextractCommand(): Command {
  return new Command('reextract')
    .description('re-run extraction over the stored pages after the extractor improved; updates records in place and prints what changed')
    .option('--mongo <uri>', 'MongoDB URI', process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017')
    .option('--db <name>', 'database', process.env.MONGODB_DB ?? 'coopnews')
    .option('--kafka <brokers>', 'publish agreement changes to agreements.changed on these brokers (default: $KAFKA_BROKERS; none when unset)', process.env.KAFKA_BROKERS)
    .option('--topic-prefix <prefix>', 'topic name prefix', process.env.TOPIC_PREFIX ?? '')
    .option('--url <url...>', 'only these canonical URLs')
    .option('--force', 're-index pages even when their article already carries the current extractor version', false)
    .option('--json', 'print the summary as JSON on stdout', false)
    .action(async (opts: { mongo: string; db: string; kafka?: string; topicPrefix: string; url?: string[]; force: boolean; json: boolean }) => {
      // Loaded here so that `coopnews extract` does not pay for the database and Kafka drivers.
      const [{ SingleBar, Presets }, { reextract }, { createKafkaClient, createPublisher }, { createLogger }, { openStore }] = await Promise.all([
        import('cli-progress'),
        import('@coopnews/indexer'),
        import('@coopnews/kafka'),
        import('@coopnews/runtime'),
        import('@coopnews/store'),
      ]);
      const log = createLogger({ service: 'cli', level: 'warn', destination: process.stderr });
      const store = await openStore(opts.mongo, opts.db);
      let publisher: Publisher | undefined;
      if (opts.kafka) publisher = await createPublisher(createKafkaClient({ brokers: opts.kafka, clientId: 'coopnews-cli', log }), opts.topicPrefix);
      const bar = new SingleBar({ format: 're-extracting [{bar}] {value}/{total} {url}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
      let started = false;
      try {
        const summary = await reextract(store, {
          force: opts.force,
          ...(opts.url ? { urls: opts.url } : {}),
          onProgress: (done, total, url) => {
            if (!started) bar.start(total, 0, { url: '' });
            started = true;
            bar.update(done, { url: url.length > 60 ? `${url.slice(0, 57)}...` : url });
          },
          ...(publisher ? { onChange: (c) => publisher!.publish('agreementsChanged', c.agreementId, c) } : {}),
        });
        if (started) bar.stop();
        printSummary(summary);
        if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
      } finally {
        await publisher?.disconnect();
        await store.close();
      }
    });
}
