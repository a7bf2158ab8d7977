import { z } from 'zod';

/**
 * Records of the api's monitoring: saved filters (watches), the agreement changes that
 * matched them, and the webhook deliveries of those matches. A watch's filter is stored as
 * given (the /agreements query fields); the api validates it on the way in and out.
 */
export const WatchRecord = z.object({
  _id: z.string(),
  name: z.string(),
  filter: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  webhookUrl: z.string().optional(),
  /** HMAC key for X-Coopnews-Signature; never returned by the api. */
  secret: z.string().optional(),
  createdAt: z.string(),
});
export type WatchRecord = z.infer<typeof WatchRecord>;

/** One agreement change that matched a watch; `_id` is derived from watch, agreement and status, so a replay stores it once. */
export const WatchEventRecord = z.object({
  _id: z.string(),
  watchId: z.string(),
  agreementId: z.string(),
  change: z.enum(['created', 'status_changed', 'updated']),
  status: z.string(),
  previousStatus: z.string().optional(),
  type: z.string(),
  parties: z.array(z.object({ id: z.string(), name: z.string(), country: z.string().optional() })),
  sectors: z.array(z.string()),
  summary: z.string(),
  sourceUrl: z.string(),
  /** When the change happened (the extraction time), then when the watcher matched it. */
  at: z.string(),
  matchedAt: z.string(),
});
export type WatchEventRecord = z.infer<typeof WatchEventRecord>;

export const WebhookDeliveryRecord = z.object({
  /** The watch event's id: one delivery log per event. */
  _id: z.string(),
  watchId: z.string(),
  url: z.string(),
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  statusCodes: z.array(z.number().int()),
  lastError: z.string().optional(),
  firstAttemptAt: z.string().optional(),
  lastAttemptAt: z.string().optional(),
});
export type WebhookDeliveryRecord = z.infer<typeof WebhookDeliveryRecord>;
