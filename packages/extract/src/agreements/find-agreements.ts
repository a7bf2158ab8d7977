import type { Agreement, AgreementStatus, AgreementType, Evidence } from '@coopnews/schema';
import { findDates } from '../article/dates.ts';
import type { ActorsResult, Article } from '../types.ts';
import { findCandidates, standingCandidate } from './candidates.ts';
import { mergeCandidates, splitBilateral, type Draft } from './merge.ts';
import { buildPartyIndex, expandGroupings, type PartyIndex } from './parties.ts';
import { splitSentences, type Sentence } from './sentences.ts';

const TYPE_LABEL: Record<AgreementType, string> = {
  mou: 'Memorandum of understanding',
  loi: 'Letter of intent',
  sister_region: 'Sister city/province tie',
  cooperation: 'Cooperation',
  other: 'Agreement',
};
const STATUS_LABEL: Record<AgreementStatus, string> = { proposed: 'proposed', agreed: 'agreed', signed: 'signed', in_force: 'in force' };
const TODAY = /(?<![\p{L}])(?:hari ini|today|this (?:morning|evening))(?![\p{L}])/iu;

/** The date the evidence gives for the agreement: an explicit day in a signing/agreeing sentence, or "hari ini". */
function dateOf(article: Article, index: PartyIndex, d: Draft): string | undefined {
  for (const c of d.candidates) {
    // Masked: "Universitas 17 Agustus 1945" is a name, not a date.
    const text = index.masked.slice(c.sentence.start, c.sentence.end);
    const found = findDates(text, article.publishedAt ? { referenceDate: article.publishedAt } : {});
    const full = found.find((m) => m.year !== undefined && m.day !== undefined);
    if (full && full.year !== undefined && full.day !== undefined) {
      return `${full.year}-${String(full.month).padStart(2, '0')}-${String(full.day).padStart(2, '0')}`;
    }
    if (TODAY.test(c.sentence.text) && article.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(article.publishedAt)) return article.publishedAt.slice(0, 10);
  }
  return undefined;
}

const MAX_EVIDENCE = 3;

/**
 * The one to three sentences that state the record: the one that introduced it, then those that
 * name its parties or its document, then the rest, cited in text order.
 */
function evidenceOf(text: string, d: Draft): Evidence[] {
  const bySentence = new Map<number, Draft['candidates'][number]>();
  for (const c of d.candidates) if (!bySentence.has(c.sentence.start)) bySentence.set(c.sentence.start, c);
  const all = [...bySentence.values()];
  const weight = (c: Draft['candidates'][number], i: number): number =>
    (i === 0 ? 8 : 0) + (c.parties.length >= 2 ? 4 : 0) + (c.document || c.participation ? 2 : 0) + (c.status ? 1 : 0);
  const chosen = all
    .map((c, i) => [c, weight(c, i)] as const)
    .sort((a, b) => b[1] - a[1] || a[0].sentence.start - b[0].sentence.start)
    .slice(0, MAX_EVIDENCE)
    .map(([c]) => c.sentence)
    .sort((a, b) => a.start - b.start);
  return chosen.map((s) => ({ quote: text.slice(s.start, s.end), start: s.start, end: s.end }));
}

function confidenceOf(d: Draft): number {
  let c = 0.45;
  if (d.explicit) c += 0.2;
  if (d.statusStated) c += 0.15;
  if (d.type !== 'cooperation') c += 0.1;
  if (d.candidates.length > 1) c += 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

function summaryOf(index: PartyIndex, d: Draft, parties: readonly string[]): string {
  const names = parties.map((id) => index.byId.get(id)?.name ?? id);
  const between = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const on = d.sectors.length > 0 ? ` on ${d.sectors.slice(0, 4).join(', ')}` : '';
  return `${TYPE_LABEL[d.type]} between ${between}${on}: ${STATUS_LABEL[d.status]}.`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A grouping of countries the headline is about (IMT-GT, BIMP-EAGA) is itself a cooperation in
 * force among its members, cited where the text first names it, unless a record already says so.
 */
function standingGroupings(article: Article, index: PartyIndex, sentences: readonly Sentence[], drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const [id, members] of index.groupings) {
    const g = index.byId.get(id);
    const inTitle = g && [g.name, ...g.aliases].some((n) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(n)}(?![\\p{L}\\p{N}-])`, 'iu').test(article.title));
    if (!inTitle) continue;
    const known = drafts.some((d) => d.status === 'in_force' && d.type === 'cooperation' && sameMembers(expandGroupings(index, d.parties), members));
    const first = index.mentions.find((m) => m.actorId === id);
    const s = first && sentences.find((x) => x.start <= first.start && first.end <= x.end);
    if (known || !s) continue;
    const c = standingCandidate(index, s);
    out.push({ parties: [...members], explicit: true, type: 'cooperation', status: 'in_force', statusStated: false, documents: new Set(), sectors: c.sectors, candidates: [c], lastSentence: s.index });
  }
  return out;
}

const sameMembers = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

export interface FindAgreementsOptions {
  /** Spans whose words are not cues, e.g. program names ("webinar bertajuk Kerja Sama Ekonomi ..."). */
  masks?: ReadonlyArray<readonly [number, number]>;
}

/** Sentences with cooperation cues -> one agreement per distinct cooperation between found actors. */
export function findAgreements(article: Article, actors: ActorsResult, opts: FindAgreementsOptions = {}): Agreement[] {
  const index = buildPartyIndex(article, actors, opts.masks);
  if (index.salience.length < 1) return [];
  const sentences = splitSentences(article.text);
  // A party whose counted partners were never named makes no record.
  const found = splitBilateral(index, mergeCandidates(index, findCandidates(index, sentences))).filter((d) => expandGroupings(index, d.parties).length >= 2);
  const drafts = [...found, ...standingGroupings(article, index, sentences, found)];
  return drafts.map((d, i) => {
    const date = dateOf(article, index, d);
    // A grouping taken from the article's main actors stands for its members too.
    const parties = expandGroupings(index, d.parties);
    return {
      id: `g${i + 1}`,
      type: d.type,
      status: d.status,
      parties,
      sectors: d.sectors,
      ...(date ? { date } : {}),
      summary: summaryOf(index, d, parties),
      confidence: confidenceOf(d),
      evidence: evidenceOf(article.text, d),
    };
  });
}
