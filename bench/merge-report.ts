// Indexes a corpus set into a fresh database and reports how merging changed the counts:
// records per article summed (before) against canonical records (after), and what every
// eventKey group (articles reporting one real-world event) became.
//   node --import tsx bench/merge-report.ts [--corpus ../shared/corpus/dev] [--mongo URI]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '@coopnews/extract';
import { indexExtraction } from '@coopnews/indexer';
import { idOf, openStore } from '@coopnews/store';
import { startServers } from '../scripts/servers.ts';

const { values: args } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/corpus/dev' } } });
const dir = args.corpus!;
const index = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')) as { articles: { id: string; url: string; html: string; gold: string }[] };
const servers = await startServers();
const store = await openStore(servers.mongoUri, `merge_report_${Date.now()}`);
try {
  const before = { actors: 0, agreements: 0, programs: 0 };
  const groups = new Map<string, string[]>();
  for (const a of index.articles) {
    const gold = JSON.parse(await readFile(join(dir, a.gold), 'utf8')) as { eventKey: string };
    groups.set(gold.eventKey, [...(groups.get(gold.eventKey) ?? []), a.id]);
    const result = extract(await readFile(join(dir, a.html), 'utf8'), { url: a.url });
    before.actors += result.actors.length;
    before.agreements += result.agreements.length;
    before.programs += result.programs.length;
    await indexExtraction(store, { version: 1, url: a.url, fetchedUrl: a.url, fetchedAt: '', extractedAt: new Date(0).toISOString(), contentHash: a.id, result });
  }
  const after = { actors: await store.actors.count(), agreements: await store.agreements.count(), programs: await store.programs.count() };
  console.log(`records extracted per article, summed: ${JSON.stringify(before)}`);
  console.log(`canonical records after merging:      ${JSON.stringify(after)}`);
  const multi = (await store.actors.find({})).filter((x) => x.articleIds.length > 1).sort((x, y) => y.articleIds.length - x.articleIds.length);
  console.log(`actors in more than one article: ${multi.length}: ${multi.slice(0, 15).map((x) => `${x.name} (${x.articleIds.length})`).join(', ')}`);
  const ids = new Map(index.articles.map((a) => [a.id, idOf('article', a.url)]));
  for (const [eventKey, members] of groups) {
    if (members.length < 2) continue;
    const articleIds = new Set(members.map((m) => ids.get(m)!));
    const agreements = (await store.agreements.find({})).filter((g) => g.articleIds.some((id) => articleIds.has(id)));
    console.log(`\n${eventKey}: ${members.join(', ')} -> ${agreements.length} agreements`);
    for (const g of agreements) {
      console.log(`  ${g.type}/${g.status} ${g.parties.map((p) => p.name).join(' + ')} [${g.sectors.join(', ')}] sources ${g.articleIds.length}, history ${g.statusHistory.map((h) => `${h.status}@${h.outlet}`).join(' -> ')}`);
    }
  }
} finally {
  await store.db.dropDatabase();
  await store.close();
  await servers.stop();
}
