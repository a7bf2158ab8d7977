import type { AgreementStatus, AgreementType } from '@coopnews/schema';
import {
  addsAnother, addsParticipants, documentOf, mentionsCooperation, namesSisterTie, refersBack, refersToBothSides, statusOf, typeOf,
} from './classify.ts';
import { BESIDES_BACK, ENUMERATION } from './cues.ts';
import type { PartyIndex } from './parties.ts';
import { partiesIn } from './parties.ts';
import { findSectors } from './sectors.ts';
import type { Sentence } from './sentences.ts';

/** One statement of cooperation: a sentence, or one clause of a sentence that lists several documents. */
export interface Candidate {
  sentence: Sentence;
  /** The span that names this cooperation (the whole sentence, or one clause of it). */
  start: number;
  end: number;
  text: string;
  /** Parties named in the span itself. */
  parties: string[];
  type: AgreementType;
  /** Undefined when the sentence asserts no status of its own. */
  status: AgreementStatus | undefined;
  document: string | undefined;
  sectors: string[];
  bothSides: boolean;
  back: boolean;
  another: boolean;
  /** Only adds parties to the cooperation just described ("Program ini juga melibatkan ..."). */
  participation: boolean;
  /** Names the members of a group just counted ("The seven are A, B and C"). */
  enumeration?: boolean;
  /** Actors named in the span only as places or venues ("pasar Australia", "di Jakarta"). */
  locatives: number;
  /** The sentence names the cooperation itself (a noun: kerja sama, MoU, partnership), not only a verb. */
  namesCooperation: boolean;
  /** A signing is reported without naming the document ("Penandatanganan dilakukan di sela ..."). */
  unnamedSigning: boolean;
  /** The sentence narrows the cooperation to a field ("dalam bidang ...", "in the field of ..."). */
  field: boolean;
}

const CLAUSE_SPLIT = /[,;:]\s+(?:serta\s+|dan\s+|and\s+)?/g;
const BETWEEN = /(?<![\p{L}])(?:antara|between)\s/iu;
const FIELD = /(?<![\p{L}])(?:bidang|sektor|in the (?:field|area)s? of|sector)(?![\p{L}])/iu;
const MIN_EVIDENCE = 20;
const ATTENDANCE = /^(?:\S+\s+){0,3}?(?:turut hadir|yang hadir|hadir (?:pula|juga|dalam)|tampak hadir|also (?:present|attending)|attending (?:the|were)|among those (?:present|attending))\s/iu;
const COOPERATION_NOUN =
  /(?<![\p{L}])(?:kerja ?sama|kerjasama|kolaborasi|kemitraan|nota kesepahaman|mou|moa|loi|perjanjian|kesepakatan|sister|kembar|cooperation|partnership|agreement|memorandum|pact|inisiatif (?:gabungan|bersama)|joint (?:initiative|venture|program(?:me)?))(?![\p{L}])/iu;

/** Clauses of a sentence that each name a document between their own parties (dev: "MoU antara A dan B, serta PKS antara A dan C"). */
function documentClauses(index: PartyIndex, s: Sentence): Array<[number, number]> {
  const cuts = [0];
  for (const m of s.text.matchAll(CLAUSE_SPLIT)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(s.text.length);
  const clauses: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const [a, b] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
    const piece = index.masked.slice(s.start + a, s.start + b);
    if (BETWEEN.test(piece) && documentOf(piece) && partiesIn(index, s.start + a, s.start + b).length >= 2) clauses.push([s.start + a, s.start + b]);
  }
  return clauses.length >= 2 ? clauses : [];
}

const YEAR = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu;

/** "diresmikan pada 24 Mei 1960 lewat penandatanganan piagam": a signing years before the article is a tie in force. */
function signedLongAgo(index: PartyIndex, text: string): boolean {
  // A named document keeps its own status, "signed", however old ("LoI ... pada 14 Juni 1996").
  if (!index.publishedYear || statusOf(text) !== 'signed' || documentOf(text)) return false;
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[0]));
  return years.length > 0 && Math.min(...years) <= index.publishedYear - 2;
}

function typeOfSpan(masked: string, raw: string, stated: AgreementStatus | undefined): AgreementType {
  const type = typeOf(masked, stated);
  return type === 'cooperation' && namesSisterTie(raw) ? 'sister_region' : type;
}

function candidate(index: PartyIndex, s: Sentence, start: number, end: number, statusText: string): Candidate {
  const text = index.masked.slice(start, end);
  const stated = statusOf(statusText);
  const status = signedLongAgo(index, statusText) ? 'in_force' : stated;
  const dropped = { count: 0 };
  let parties = partiesIn(index, start, end, dropped);
  // "PT KIK merupakan perusahaan patungan antara A dan B": the parties are the pair after "antara".
  const between = BETWEEN.exec(text);
  if (between) {
    const inner = partiesIn(index, start + between.index, end);
    if (inner.length >= 2 && inner.length < parties.length) parties = inner;
  }
  return {
    locatives: dropped.count,
    sentence: s,
    start,
    end,
    text,
    parties,
    // A signing signs a document, however long ago; a tie "through the Friendship City
    // programme" is a sister tie though the program's name is masked.
    type: typeOfSpan(text, s.text, stated),
    status,
    document: documentOf(text),
    sectors: findSectors(text),
    bothSides: refersToBothSides(text),
    back: refersBack(text) && !BESIDES_BACK.test(text),
    another: addsAnother(text),
    participation: false,
    field: FIELD.test(text),
    unnamedSigning: stated === 'signed' && !documentOf(text),
    namesCooperation: COOPERATION_NOUN.test(text),
  };
}

/** The sentence as a statement of a standing tie (a grouping the article is about): in force, whatever its words. */
export function standingCandidate(index: PartyIndex, s: Sentence): Candidate {
  return { ...candidate(index, s, s.start, s.end, index.masked.slice(s.start, s.end)), type: 'cooperation', status: 'in_force' };
}

const CONTRAST = /,\s+(?:while|whereas|sementara(?:\s+itu)?|sedangkan)\s/giu;

function contrastClauses(s: Sentence, masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of masked.matchAll(CONTRAST)) {
    out.push([s.start + from, s.start + m.index]);
    from = m.index + 1;
  }
  out.push([s.start + from, s.end]);
  return out;
}

/** Sentences (or clauses) that speak of cooperation, in text order. */
export function findCandidates(index: PartyIndex, sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (s.text.length < MIN_EVIDENCE) continue;
    const masked = index.masked.slice(s.start, s.end);
    // "Turut hadir perwakilan ADB, Sekretariat ASEAN, ...": who attended, not who cooperates.
    if (ATTENDANCE.test(s.text)) continue;
    // "The seven are A, B and C": the members of a group the last record left unnamed.
    if (ENUMERATION.test(s.text)) {
      const c = candidate(index, s, s.start, s.end, masked);
      if (c.parties.length >= 2) {
        out.push({ ...c, participation: true, enumeration: true });
        continue;
      }
    }
    if (!mentionsCooperation(masked)) {
      if (addsParticipants(masked) && refersBack(masked)) {
        const c = candidate(index, s, s.start, s.end, masked);
        if (c.parties.length > 0) out.push({ ...c, participation: true });
      }
      continue;
    }
    const clauses = documentClauses(index, s);
    if (clauses.length === 0) {
      // "A and B signed MoUs, while C and D renewed their commitment": two statements.
      for (const [a, b] of contrastClauses(s, masked)) {
        const part = index.masked.slice(a, b);
        if (mentionsCooperation(part)) out.push(candidate(index, s, a, b, part));
      }
    }
    // Each clause is its own document; the verb ("diteken") that gives the status is outside the clause.
    else for (const [a, b] of clauses) out.push({ ...candidate(index, s, a, b, masked), another: true });
  }
  return out;
}
