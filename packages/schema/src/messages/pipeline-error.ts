import { z } from 'zod';
import { Stage } from '../errors.ts';

/** Something a stage could not handle, kept for review with enough context to retry it. */
export const PipelineErrorV1 = z.object({
  version: z.literal(1),
  stage: Stage,
  code: z.string(),
  message: z.string(),
  retriable: z.boolean(),
  url: z.string().optional(),
  at: z.string(),
  /** Where it happened: topic/partition/offset, feed, zod path... */
  context: z.record(z.string(), z.unknown()).default({}),
  /** The raw input, encoded (base64 when not text), capped in size. */
  input: z.string().optional(),
});
export type PipelineErrorV1 = z.infer<typeof PipelineErrorV1>;
