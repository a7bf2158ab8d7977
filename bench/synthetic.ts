import type { ActorRecord, AgreementRecord, ArticleRecord } from '@coopnews/schema';
import { idOf } from '@coopnews/store';

/**
 * Synthetic records shaped like the indexer's (about 14 KB per agreement with its
 * contributions, sources and status history), deterministic for a given n: the api bench loads
 * them to see how queries scale. About 7.5% of agreements involve KR, a third the sector umkm,
 * one in 40 mentions batik.
 */
export interface SyntheticSet {
  agreements: AgreementRecord[];
  actors: ActorRecord[];
  articles: ArticleRecord[];
}

const COUNTRIES = ['KR', 'JP', 'CN', 'AU', 'NL', 'DE', 'MY', 'SG', 'US', 'IN', 'TH', 'VN', 'FR'];
const PROVINCES = ['ID-JT', 'ID-JI', 'ID-JB', 'ID-BA', 'ID-YO', 'ID-SN', 'ID-SU', 'ID-KT'];
const SECTORS = ['umkm', 'perdagangan', 'pariwisata', 'pendidikan', 'pertanian', 'energi', 'kesehatan', 'industri'];
const STATUSES = ['proposed', 'agreed', 'signed', 'in_force'] as const;
const TYPES = ['mou', 'loi', 'sister_region', 'cooperation', 'other'] as const;
const OUTLETS = ['Antara', 'Kompas', 'Lintas Jateng', 'Detik', 'Tempo', 'Jawa Pos', 'Suara Merdeka', 'Bisnis'];
const FILLER =
  'Pemerintah provinsi dan mitra dari luar negeri sepakat memperkuat kerja sama di bidang usaha mikro, kecil dan menengah, termasuk pelatihan, pameran dagang dan akses pasar bagi produk unggulan daerah. ';

/** A small deterministic PRNG (mulberry32): the same n gives the same records. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function* syntheticAgreements(n: number): Generator<SyntheticSet> {
  const rand = rng(n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const actorCount = Math.max(20, Math.floor(n / 10));
  const articleCount = Math.max(10, Math.floor(n / 4));
  const actorId = (i: number) => idOf('actor', 'synthetic', String(i));
  const articleId = (i: number) => idOf('article', 'synthetic', String(i));
  const batch = 500;
  for (let start = 0; start < n; start += batch) {
    const set: SyntheticSet = { agreements: [], actors: [], articles: [] };
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const foreign = rand() < 0.075 ? 'KR' : pick(COUNTRIES.slice(1));
      const province = pick(PROVINCES);
      const sectors = [...new Set([rand() < 0.33 ? 'umkm' : pick(SECTORS), ...(rand() < 0.5 ? [pick(SECTORS)] : [])])];
      const status = pick(STATUSES);
      const year = 2015 + Math.floor(rand() * 12);
      const date = `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
      const at = `${date}T09:00:00+07:00`;
      const a1 = Math.floor(rand() * actorCount);
      const a2 = Math.floor(rand() * actorCount);
      const parties = [
        { id: actorId(a1), name: `Pemerintah Provinsi ${province} ${a1}`, kind: 'organization' as const, country: province },
        { id: actorId(a2), name: `Mitra ${foreign} ${a2}`, kind: 'organization' as const, country: foreign },
      ];
      const summary = `${parties[0]!.name} dan ${parties[1]!.name} ${status} kerja sama ${sectors.join(' dan ')}${rand() < 0.025 ? ' untuk batik' : ''} (${i})`;
      const arts = [0, 1, 2].map(() => Math.floor(rand() * articleCount));
      const quote = (k: number) => `${summary}. ${FILLER}[${k}]`;
      const sources = arts.map((art, k) => ({ articleId: articleId(art), url: `https://news${k}.example/berita/${art}`, outlet: OUTLETS[(art + k) % OUTLETS.length]!, publishedAt: at, quote: quote(k), start: 100 * k, end: 100 * k + 400 }));
      const agreement: AgreementRecord = {
        _id: idOf('agreement', 'synthetic', String(n), String(i)),
        extractorVersion: 'synthetic-1',
        confidence: 0.6 + rand() * 0.4,
        dismissed: rand() < 0.01,
        articleIds: sources.map((s) => s.articleId),
        sources,
        mergeReasons: ['same sides, compatible type, reported within 180 days'],
        doubts: [],
        firstSeen: at,
        lastSeen: at,
        contributions: sources.map((s) => ({
          articleId: s.articleId,
          url: s.url,
          outlet: s.outlet,
          publishedAt: at,
          confidence: 0.8,
          evidence: [0, 1, 2].map((e) => ({ quote: `${s.quote} ${FILLER.repeat(3)}(${e})`, start: e * 500, end: e * 500 + 450 })),
          type: pick(TYPES),
          status,
          partyIds: parties.map((p) => p.id),
          sectors,
          date,
          summary,
          relevant: true,
        })),
        type: pick(TYPES),
        status,
        parties,
        partyIds: parties.map((p) => p.id),
        countries: [...new Set(['ID', province, foreign])].sort(),
        sectors,
        date,
        month: date.slice(0, 7),
        summary,
        outlets: [...new Set(sources.map((s) => s.outlet))],
        relevant: rand() > 0.05,
        statusHistory: sources.map((s) => ({ status, articleId: s.articleId, url: s.url, outlet: s.outlet, publishedAt: at, quote: s.quote })),
      };
      set.agreements.push(agreement);
    }
    // Actors and articles are written alongside, in proportion, so their lists grow too.
    for (let a = Math.floor((start * actorCount) / n); a < Math.floor((Math.min(n, start + batch) * actorCount) / n); a++) set.actors.push(syntheticActor(a, actorId(a)));
    for (let a = Math.floor((start * articleCount) / n); a < Math.floor((Math.min(n, start + batch) * articleCount) / n); a++) set.articles.push(syntheticArticle(a, articleId(a)));
    yield set;
  }
}

function syntheticActor(i: number, id: string): ActorRecord {
  const name = i % 2 ? `Mitra ${COUNTRIES[i % COUNTRIES.length]} ${i}` : `Pemerintah Provinsi ${PROVINCES[i % PROVINCES.length]} ${i}`;
  const at = '2022-01-01T09:00:00+07:00';
  return {
    _id: id,
    extractorVersion: 'synthetic-1',
    confidence: 0.8,
    dismissed: false,
    articleIds: [`art_${i}`],
    sources: [{ articleId: `art_${i}`, url: `https://news.example/berita/${i}`, outlet: 'Antara', quote: `${name} ${FILLER}`, start: 0, end: 100 }],
    mergeReasons: [],
    doubts: [],
    firstSeen: at,
    lastSeen: at,
    contributions: [{ articleId: `art_${i}`, url: `https://news.example/berita/${i}`, outlet: 'Antara', confidence: 0.8, evidence: [{ quote: name, start: 0, end: name.length }], name, aliases: [] }],
    kind: 'organization',
    name,
    keys: [name.toLowerCase()],
    aliases: [],
    country: i % 2 ? COUNTRIES[i % COUNTRIES.length]! : PROVINCES[i % PROVINCES.length]!,
    roles: [],
  };
}

function syntheticArticle(i: number, id: string): ArticleRecord {
  const date = `20${15 + (i % 12)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
  return {
    _id: id,
    url: `https://news.example/berita/${i}`,
    fetchedUrl: `https://news.example/berita/${i}`,
    title: `Kerja sama UMKM ${i}`,
    publishedAt: `${date}T09:00:00+07:00`,
    publishedDate: date,
    month: date.slice(0, 7),
    outlet: OUTLETS[i % OUTLETS.length]!,
    language: 'id',
    text: FILLER.repeat(10),
    relevant: true,
    relevance: 0.9,
    extractorVersion: 'synthetic-1',
    contentHash: id,
    fetchedAt: `${date}T10:00:00Z`,
    extractedAt: `${date}T10:00:01Z`,
    actorIds: [],
    agreementIds: [],
    programIds: [],
    warnings: [],
  };
}
