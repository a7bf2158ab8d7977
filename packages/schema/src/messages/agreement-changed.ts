import { z } from 'zod';
import { AgreementStatus, AgreementType } from '../extraction.ts';

export const AgreementChangedV1 = z.object({
  version: z.literal(1),
  agreementId: z.string(),
  change: z.enum(['created', 'status_changed', 'updated']),
  status: AgreementStatus,
  previousStatus: AgreementStatus.optional(),
  type: AgreementType,
  parties: z.array(z.object({ id: z.string(), name: z.string(), country: z.string().optional() })),
  sectors: z.array(z.string()),
  summary: z.string(),
  sourceUrl: z.string(),
  at: z.string(),
});
export type AgreementChangedV1 = z.infer<typeof AgreementChangedV1>;
