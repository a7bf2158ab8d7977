import { ActorRecord, AgreementRecord, ArticleRecord, ErrorRecord } from '@coopnews/schema';
import type { Store } from '@coopnews/store';

/**
 * Seeding for the UI test: real extractions of the sample pages (samples/) (the shared helper in
 * tests/helpers/seed.ts), plus hand-made records whose text carries markup that must render inert.
 */
export { seedCorpus } from '../helpers/seed.ts';

export const HOSTILE_MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** An article whose text holds markup, and an agreement quoting it, written straight to the store. */
export async function seedHostile(store: Store): Promise<{ articleId: string; agreementId: string; quote: string; actorId: string }> {
  const url = 'https://hostile.example/2024/03/05/kerja-sama-umkm';
  const articleId = 'art_hostile_ui_test_0001';
  const agreementId = 'agr_hostile_ui_test_0001';
  const actorId = 'act_hostile_ui_test_0001';
  const otherId = 'act_hostile_ui_test_0002';
  const quote = 'Pemprov Jawa Tengah dan <b>Gyeongsangbuk-do</b> menandatangani MoU pengembangan UMKM.';
  const text = `Semarang - Berita ini memuat markup ${HOSTILE_MARKUP} yang harus tampil sebagai teks.\n\n${quote}\n\nPenutup artikel <a href="javascript:alert(1)">tautan</a>.`;
  const start = text.indexOf(quote);
  const now = '2024-03-05T10:00:00+07:00';
  const source = { articleId, url, outlet: 'hostile.example', publishedAt: now, quote, start, end: start + quote.length };
  await store.articles.put(
    ArticleRecord.parse({
      _id: articleId,
      url,
      fetchedUrl: url,
      title: `Judul dengan ${HOSTILE_MARKUP}`,
      publishedAt: now,
      publishedDate: '2024-03-05',
      month: '2024-03',
      outlet: 'hostile.example',
      language: 'id',
      text,
      relevant: true,
      relevance: 0.9,
      extractorVersion: 'ui-test',
      contentHash: 'hostile',
      fetchedAt: now,
      extractedAt: now,
      actorIds: [actorId, otherId],
      agreementIds: [agreementId],
      programIds: [],
      warnings: [],
    }),
  );
  const actorBase = { extractorVersion: 'ui-test', confidence: 0.9, dismissed: false, articleIds: [articleId], sources: [source], mergeReasons: [], doubts: [], firstSeen: now, lastSeen: now, contributions: [], roles: [] };
  await store.actors.put(ActorRecord.parse({ ...actorBase, _id: actorId, kind: 'organization', name: `Pemprov <i>Jateng</i> ${HOSTILE_MARKUP}`, keys: ['pemprov jateng hostile'], aliases: [], category: 'provincial_government', country: 'ID-JT' }));
  await store.actors.put(ActorRecord.parse({ ...actorBase, _id: otherId, kind: 'place', name: 'Gyeongsangbuk-do', keys: ['gyeongsangbuk-do hostile'], aliases: [], country: 'KR' }));
  await store.agreements.put(
    AgreementRecord.parse({
      _id: agreementId,
      extractorVersion: 'ui-test',
      confidence: 0.4,
      dismissed: false,
      articleIds: [articleId],
      sources: [source],
      mergeReasons: [],
      doubts: ['low confidence (hand-made for the UI test)'],
      firstSeen: now,
      lastSeen: now,
      contributions: [],
      type: 'mou',
      status: 'signed',
      parties: [
        { id: actorId, name: `Pemprov <i>Jateng</i> ${HOSTILE_MARKUP}`, kind: 'organization', country: 'ID-JT' },
        { id: otherId, name: 'Gyeongsangbuk-do', kind: 'place', country: 'KR' },
      ],
      partyIds: [actorId, otherId],
      countries: ['ID', 'ID-JT', 'KR'],
      sectors: ['umkm'],
      date: '2024-03-05',
      month: '2024-03',
      summary: `Hostile summary ${HOSTILE_MARKUP}`,
      outlets: ['hostile.example'],
      relevant: true,
      statusHistory: [{ status: 'signed', articleId, url, outlet: 'hostile.example', publishedAt: now, quote }],
    }),
  );
  return { articleId, agreementId, quote, actorId };
}

/** An open pipeline error, with markup in its message and raw input. */
export async function seedError(store: Store): Promise<string> {
  const id = 'err_ui_test_0001';
  await store.errors.put(
    ErrorRecord.parse({
      _id: id,
      stage: 'extractor',
      code: 'ERR_EXTRACT_EMPTY',
      message: `no article text found in the page ${HOSTILE_MARKUP}`,
      retriable: false,
      url: 'https://broken.example/2024/01/01/kosong',
      firstAt: '2024-01-01T00:00:00.000Z',
      lastAt: '2024-01-02T00:00:00.000Z',
      count: 3,
      context: { contentLength: 12 },
      input: `<html><body>${HOSTILE_MARKUP}</body></html>`,
      review: 'open',
    }),
  );
  return id;
}
