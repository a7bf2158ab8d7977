import type { AgreementStatus, AgreementType } from '@coopnews/schema';
import {
  ADDITIVE, AGREED_CUES, JOINED_CUES, PARTICIPATION_CUES, ANAPHORA, BOTH_SIDES, COOPERATION_CUES, DOCUMENT_CUES, EARLIER, FUTURE_MARKERS, IN_FORCE_CUES, LOI_CUES,
  PROPOSED_CUES, SIGNING_CUES, SISTER_CUES, TREATY_CUES,
} from './cues.ts';

const L = '\\p{L}\\p{N}';
const alt = (list: readonly string[]): string => list.join('|');
const words = (list: readonly string[], flags = 'iu'): RegExp => new RegExp(`(?<![${L}])(?:${alt(list)})(?![${L}])`, flags);

const COOPERATION = words(COOPERATION_CUES);
const SIGNING = words(SIGNING_CUES, 'giu');
const FUTURE_BEFORE = new RegExp(`(?<![${L}])(?:${alt(FUTURE_MARKERS)})(?:\\s+[${L}-]+){0,3}\\s+$`, 'iu');
const AGREED = words(AGREED_CUES);
const JOINED = words(JOINED_CUES);
const PARTICIPATION = words(PARTICIPATION_CUES);
const IN_FORCE = words(IN_FORCE_CUES);
const PROPOSED = words(PROPOSED_CUES);
const SISTER = words(SISTER_CUES);
const LOI = words(LOI_CUES);
const TREATY = words(TREATY_CUES);
const DOCUMENTS = DOCUMENT_CUES.map(([key, source]) => ({ key, re: words([source]) }));
const BOTH = words(BOTH_SIDES);
const BACK = words(ANAPHORA);
const MORE = words(ADDITIVE);
const BEFORE = words(EARLIER);

export const STATUS_RANK: Record<AgreementStatus, number> = { proposed: 0, agreed: 1, signed: 2, in_force: 3 };
export const TYPE_RANK: Record<AgreementType, number> = { cooperation: 0, other: 1, sister_region: 2, mou: 3, loi: 4 };

const COOPERATION_ALL = new RegExp(COOPERATION.source, 'giu');

/** How many cooperation cue words a text holds. */
export function countCooperationCues(text: string): number {
  return [...text.matchAll(COOPERATION_ALL)].length;
}

export function mentionsCooperation(text: string): boolean {
  return COOPERATION.test(text);
}

/** Signing verbs in the past or present ("menandatangani") vs. in the future ("akan ditandatangani"). */
function signing(text: string): { done: boolean; planned: boolean } {
  let done = false;
  let planned = false;
  for (const m of text.matchAll(SIGNING)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (FUTURE_BEFORE.test(before)) planned = true;
    else done = true;
  }
  return { done, planned };
}

const WISH_BEFORE = /(?<![\p{L}])(?:ingin|akan|berharap|harap|siap|hendak|berencana|ingin segera|want(?:s|ed)?|will|hope(?:s|d)?|plans?)(?:\s+[\p{L}]+)?\s+$/iu;
const IN_FORCE_ALL = new RegExp(IN_FORCE.source, 'giu');
const RELATIVE = /(?<![\p{L}])(?:yang|which|that)\s+(?:[\p{L}]+\s+){0,2}$/iu;
const LATER = /(?<![\p{L}])(?:nanti|akan|kelak|ke depan|future|will)(?![\p{L}])/iu;
const TIE_NOUN = /(?<![\p{L}])(?:kerja ?sama|kerjasama|hubungan|jalinan|kemitraan|kolaborasi|sister|kembar|cooperation|relationship|partnership|ties|pact)(?![\p{L}])/iu;

/**
 * An existing tie. "yang selama ini sudah dikenal" describes whatever noun precedes it; it
 * only counts when that noun is the cooperation itself ("kerja sama ... yang selama ini sudah berjalan").
 */
function existingTie(text: string): boolean {
  for (const m of text.matchAll(IN_FORCE_ALL)) {
    // "hubungan diplomatik", "memiliki sister province": the cue names the tie itself.
    if (TIE_NOUN.test(m[0])) return true;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const rel = RELATIVE.exec(before);
    if (!rel) return true;
    const head = before.slice(0, rel.index).split(/\s+/).slice(-6).join(' ');
    // "Kerja sama nanti K-Wave yang selama ini sudah dikenal": the tie is still to come.
    if (TIE_NOUN.test(head) && !LATER.test(head)) return true;
  }
  return false;
}

/**
 * The status a sentence asserts, or undefined when it asserts none. Order matters: a signing
 * outranks a bare agreement, a signing still to come makes the document a plan even when the
 * parties "sepakat" about it, and an existing tie outranks hopes to deepen it.
 */
export function statusOf(text: string): AgreementStatus | undefined {
  const sign = signing(text);
  if (sign.done) return BEFORE.test(text) ? 'in_force' : 'signed';
  if (sign.planned) return 'proposed';
  if (AGREED.test(text)) return 'agreed';
  if (existingTie(text)) return 'in_force';
  const joined = JOINED.exec(text);
  // "ingin menjalin kerja sama", "akan menggandeng": a wish, not a partnership yet.
  if (joined) return WISH_BEFORE.test(text.slice(Math.max(0, joined.index - 30), joined.index)) ? 'proposed' : 'agreed';
  if (PROPOSED.test(text)) return 'proposed';
  return undefined;
}

/** The kind of document the sentence names, if any (so that an MoU and a PKS stay two records). */
export function documentOf(text: string): string | undefined {
  if (LOI.test(text)) return 'loi';
  return DOCUMENTS.find((d) => d.re.test(text))?.key;
}

export function typeOf(text: string, status: AgreementStatus | undefined): AgreementType {
  if (LOI.test(text)) return 'loi';
  if (TREATY.test(text)) return 'other';
  if (documentOf(text)) return 'mou';
  if (SISTER.test(text)) return 'sister_region';
  // A signing always signs some document; README: mou covers cooperation documents.
  if (status === 'signed' || signing(text).planned) return 'mou';
  return 'cooperation';
}

/** A sister or friendship tie named anywhere in the sentence, program names included ("program Friendship City"). */
export const namesSisterTie = (text: string): boolean => SISTER.test(text);
export const refersToBothSides = (text: string): boolean => BOTH.test(text);
export const refersBack = (text: string): boolean => BACK.test(text);
export const addsParticipants = (text: string): boolean => PARTICIPATION.test(text);
export const addsAnother = (text: string): boolean => MORE.test(text);
