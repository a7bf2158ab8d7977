import type { AgreementStatus, AgreementType } from '@coopnews/schema';
import { STATUS_RANK, TYPE_RANK } from './classify.ts';
import type { Candidate } from './candidates.ts';
import { COUNTED_OTHERS, UNNAMED_COUNTERPARTS } from './cues.ts';
import { alignPlaces, mainActorBesides, oneCountry, sideCount, type PartyIndex } from './parties.ts';

/** An agreement being assembled from the candidates that describe it. */
export interface Draft {
  parties: string[];
  /** The parties were named in the text (not taken from context). */
  explicit: boolean;
  type: AgreementType;
  status: AgreementStatus;
  /** The text asserted the status (rather than it being a default). */
  statusStated: boolean;
  documents: Set<string>;
  sectors: string[];
  candidates: Candidate[];
  lastSentence: number;
}

// Sectors too broad to tell two cooperations apart.
const GENERIC_SECTORS = new Set(['umkm', 'economy', 'trade', 'cooperatives']);
const NEAR = 3;

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));
const isDocument = (t: AgreementType): boolean => t === 'mou' || t === 'loi';
const specific = (s: readonly string[]): string[] => s.filter((x) => !GENERIC_SECTORS.has(x));

/** What a sentence-level status defaults to when the sentence states none. */
function defaultStatus(type: AgreementType): AgreementStatus {
  return type === 'mou' || type === 'loi' ? 'signed' : 'in_force';
}

/** Parties for a candidate: those it names, else the pair it points back to, else the article's main actors. */
function resolveParties(index: PartyIndex, c: Candidate, last: Draft | undefined): { parties: string[]; explicit: boolean } | undefined {
  const recent = last && c.sentence.index - last.lastSentence <= NEAR ? last : undefined;
  const sides = sideCount(index, c.parties);
  if (sides >= 2) return { parties: c.parties, explicit: true };
  // "BEDO and seven other organizations signed ...": the others are named next (an enumeration joins them).
  // With none named ("... has signed MoUs with six fellow councils"), the one who signs is the headline's subject.
  if (sides <= 1 && COUNTED_OTHERS.test(c.text)) {
    const subject = sides === 1 ? undefined : index.titleSubject;
    if (sides === 1 || subject) return { parties: subject ? [subject] : c.parties, explicit: true };
  }
  // A bare verb ("Ia menggandeng M. Amin sebagai wakil") needs both sides named.
  if (!c.namesCooperation && !c.bothSides) return undefined;
  if (sides === 1) {
    if (recent && (c.bothSides || c.back)) return { parties: recent.parties, explicit: false };
    // An implicit subject: the article's own side ("Ganjar mengatakan ... akan bekerja sama dengan Korsel").
    const other = mainActorBesides(index, c.parties);
    return other ? { parties: [other, ...c.parties], explicit: false } : undefined;
  }
  if (recent && (c.bothSides || c.back || c.status === undefined)) return { parties: recent.parties, explicit: false };
  // No party named: the article's own pair, but only when the sentence names the cooperation
  // itself ("Ia menggandeng M. Amin" is not one).
  if (c.bothSides || (c.status !== undefined && c.namesCooperation && c.locatives === 0 && !UNNAMED_COUNTERPARTS.test(c.text))) {
    const first = index.salience[0];
    const second = index.salience.find((id) => id !== first && first !== undefined && !oneCountry(index, first, id));
    if (first && second) return { parties: [first, second], explicit: false };
  }
  return undefined;
}

/** The same parties, or one list extends the other ("A and B" then "A, B and C"). */
function sameParties(index: PartyIndex, d: Draft, given: readonly string[]): boolean {
  const parties = [...new Set(alignPlaces(index, given, d.parties))];
  if (sameSet(d.parties, parties)) return true;
  const small = parties.length <= d.parties.length ? parties : d.parties;
  const large = small === parties ? d.parties : parties;
  return small.length >= 2 && small.every((x) => large.includes(x));
}

/** Whether candidate c (with resolved parties) describes the cooperation d already holds. */
function sameCooperation(index: PartyIndex, d: Draft, c: Candidate, parties: readonly string[]): boolean {
  if (!sameParties(index, d, parties)) return false;
  // "Selain ..., dua pihak sepakat bekerja sama dalam bidang X": another field is another cooperation.
  if ((c.another || c.field) && !c.back) {
    const mine = specific(c.sectors);
    const theirs = specific(d.sectors);
    if (mine.length > 0 && theirs.length > 0 && !overlaps(mine, theirs)) return false;
  }
  if (c.document && d.documents.size > 0 && !d.documents.has(c.document) && !c.back) return false;
  if (c.back) return c.type === d.type || c.type === 'cooperation' || isDocument(d.type);
  // An existing tie and a plan or agreement to deepen it are two records ("sudah bekerja sama
  // sejak ..." vs "akan memperluas kerja sama ..."), unless the sentence points back at it.
  if (c.status && d.statusStated && (c.status === 'in_force') !== (d.status === 'in_force') && !c.back) return false;
  // After an agreement, a side that offers or plans something more starts a new proposal
  // ("Taiwan menawarkan kerja sama untuk ..."); talks that end in agreement stay one record.
  if (c.status && d.statusStated && STATUS_RANK[c.status] < STATUS_RANK[d.status] && c.parties.length > 0 && !c.back) return false;
  if (c.type === d.type) return true;
  // A cooperation and the document that formalizes it are one record, if the statuses fit:
  // "menjalin kerja sama" (agreed) then "MoA ... diteken" (signed); not a plan and a past signing.
  const docType = isDocument(c.type) ? c.type : isDocument(d.type) ? d.type : undefined;
  const otherType = isDocument(c.type) ? d.type : c.type;
  if (!docType || otherType !== 'cooperation') return c.status === undefined && c.back;
  const coopStatus = isDocument(c.type) ? d.status : (c.status ?? d.status);
  const docStatus = isDocument(c.type) ? (c.status ?? defaultStatus(c.type)) : d.status;
  return coopStatus === docStatus || (coopStatus === 'agreed' && docStatus === 'signed') || (c.back && !c.status);
}

function absorb(d: Draft, c: Candidate): void {
  if (TYPE_RANK[c.type] > TYPE_RANK[d.type] && (isDocument(c.type) || d.type === 'cooperation')) {
    d.type = c.type;
    if (c.status) d.status = c.status;
  }
  // Pointing back adds evidence, not a new status; and a signing reported today stays "signed"
  // even where the text mentions how long the parties have worked together.
  const upgrade = c.status && (!d.statusStated || STATUS_RANK[c.status] > STATUS_RANK[d.status]) && !(d.status === 'signed' && c.status === 'in_force');
  if (c.status && upgrade && c.type === d.type && !(c.back && d.statusStated)) {
    d.status = c.status;
    d.statusStated = true;
  }
  if (c.document) d.documents.add(c.document);
  for (const s of c.sectors) if (!d.sectors.includes(s)) d.sectors.push(s);
  if (c.participation) for (const p of c.parties) if (!d.parties.includes(p)) d.parties.push(p);
  d.candidates.push(c);
  d.lastSentence = Math.max(d.lastSentence, c.sentence.index);
}

/** "Melalui MoC ini, BPJPH dan JAKIM sepakat ...": bodies of the sides the record already holds. */
const sharesSide = (index: PartyIndex, a: readonly string[], b: readonly string[]): boolean => sideCount(index, [...a, ...b]) < sideCount(index, a) + sideCount(index, b);

/** Candidates -> one draft per distinct cooperation, in order of first mention. */
export function mergeCandidates(index: PartyIndex, candidates: readonly Candidate[]): Draft[] {
  const drafts: Draft[] = [];
  for (const c of candidates) {
    const last = drafts[drafts.length - 1];
    if (c.participation) {
      if (!last || c.sentence.index - last.lastSentence > 1) continue;
      // The members of a group counted beside a record whose parties were named ("13 perusahaan ... melalui
      // Prisma, program Australia dan Indonesia"): a record of their own, with the record's first party.
      const hub = last.parties[0];
      if (c.enumeration && last.explicit && hub && sideCount(index, last.parties) >= 2 && !c.parties.includes(hub)) {
        drafts.push({ ...last, parties: [hub, ...c.parties], documents: new Set(last.documents), sectors: [...last.sectors], candidates: [c], lastSentence: c.sentence.index });
      } else absorb(last, c);
      continue;
    }
    const recent = last && c.sentence.index - last.lastSentence <= NEAR ? last : undefined;
    // "Kerja sama yang digagas Fisip itu ...": what it points back at, whoever else it names; a
    // signing reported without its document is the signing of the document just described.
    const pointsBack = c.back || (c.unnamedSigning && recent !== undefined && isDocument(recent.type));
    // An anaphor points at the cooperation last described, however far back.
    const pointed = c.back ? last : recent;
    if (pointed && pointsBack && (sideCount(index, c.parties) < 2 || overlaps(pointed.parties, c.parties) || (c.back && sharesSide(index, pointed.parties, c.parties))) && !(c.document && pointed.documents.size > 0 && !pointed.documents.has(c.document))) {
      absorb(pointed, c);
      continue;
    }
    const resolved = resolveParties(index, c, last);
    if (!resolved || (resolved.parties.length < 2 && !COUNTED_OTHERS.test(c.text))) continue;
    const target = [...drafts].reverse().find((d) => sameCooperation(index, d, c, resolved.parties));
    if (target) {
      absorb(target, c);
      continue;
    }
    drafts.push({
      parties: [...resolved.parties],
      explicit: resolved.explicit,
      type: c.type,
      // "the MoU between A and B" names its own pair: it inherits no status from another pair's record.
      // "Selain itu juga kerja sama X", "... dalam bidang Y": another field of the talks just reported, at their stage.
      status: c.status ?? ((c.back || c.another || c.field) && last && sameParties(index, last, resolved.parties) ? last.status : defaultStatus(c.type)),
      statusStated: c.status !== undefined || ((c.another || c.field) && last !== undefined && last.statusStated && sameParties(index, last, resolved.parties)),
      documents: new Set(c.document ? [c.document] : []),
      sectors: [...c.sectors],
      candidates: [c],
      lastSentence: c.sentence.index,
    });
  }
  return drafts;
}

// "masing-masing dengan A dan dengan B", "separate MoUs with six councils", "sister city dengan A dan B":
// one document or tie per counterpart.
const EACH = /(?<![\p{L}])(?:masing-masing|separate|respectively|each|(?:sister|friendship)[ -]?(?:city|cities|province|provinsi)|kota kembar|kota bersaudara|kota sahabat|provinsi kembar)(?![\p{L}])/iu;

/** A record of one party with several counterparts "each" becomes one record per counterpart. */
export function splitBilateral(index: PartyIndex, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const sideOf = (id: string): string => index.side.get(id) ?? id;
  for (const d of drafts) {
    const hub = d.parties[0];
    // Counterparts on sides of their own: a place and its government are one ("Jateng", "Pemprov Jateng").
    const counterparts = d.parties.filter((id, i) => i > 0 && sideOf(id) !== sideOf(hub ?? '') && d.parties.findIndex((x) => sideOf(x) === sideOf(id)) === i);
    if (!hub || counterparts.length < 2 || !d.candidates.some((c) => EACH.test(c.sentence.text))) {
      out.push(d);
      continue;
    }
    for (const other of counterparts) {
      // Evidence that names this counterpart, else the sentences of the whole record.
      const own = d.candidates.filter((c) => c.parties.includes(other));
      out.push({ ...d, parties: [hub, other], documents: new Set(d.documents), sectors: [...d.sectors], candidates: own.length > 0 ? own : [...d.candidates] });
    }
  }
  return out;
}

