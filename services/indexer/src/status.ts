import type { AgreementStatus, StatusChange } from '@coopnews/schema';

const ORDER: Record<AgreementStatus, number> = { proposed: 0, agreed: 1, signed: 2, in_force: 3 };

export const statusRank = (s: AgreementStatus): number => ORDER[s];

/**
 * The current status of an agreement is the most advanced status any source asserts. Sources
 * that disagree (one says discussed, one says agreed) all stay in the history; an agreement
 * does not move backwards in its lifecycle because a later report repeats an earlier stage.
 */
export function currentStatus(history: readonly Pick<StatusChange, 'status'>[]): AgreementStatus {
  return history.reduce<AgreementStatus>((best, h) => (ORDER[h.status] > ORDER[best] ? h.status : best), history[0]?.status ?? 'proposed');
}
