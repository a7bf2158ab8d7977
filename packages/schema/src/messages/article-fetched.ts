import { z } from 'zod';

/** One fetched page, keyed by its canonical URL. */
export const ArticleFetchedV1 = z.object({
  version: z.literal(1),
  /** Canonical URL (feed guid when it is a URL, else the final fetched URL); the record key. */
  url: z.string(),
  /** Where the page was actually fetched from (may be a mirror or a local test server). */
  fetchedUrl: z.string(),
  feedUrl: z.string().optional(),
  fetchedAt: z.string(),
  httpStatus: z.number().int(),
  contentType: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** sha256 of the decoded HTML; the fetcher skips pages whose hash it has published. */
  contentHash: z.string(),
  /** The page decoded to a string (charset already applied). */
  html: z.string(),
  /** What the fetcher noticed and did not act on, e.g. a canonical URL on another site that it refused. */
  warnings: z.array(z.string()).optional(),
  feedItem: z
    .object({
      title: z.string().optional(),
      guid: z.string().optional(),
      link: z.string().optional(),
      pubDate: z.string().optional(),
      outlet: z.string().optional(),
    })
    .optional(),
});
export type ArticleFetchedV1 = z.infer<typeof ArticleFetchedV1>;
