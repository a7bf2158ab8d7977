import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { stripCredentials } from '@coopnews/net';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';

export const FeedConfig = z
  .object({
    /** user:password@ is dropped: feed URLs are stored on every message and served by the api. */
    url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).transform(stripCredentials),
    /** For logs and error context. */
    name: z.string().min(1).optional(),
    /** Outlet name for items whose feed gives no <source>; wins over the channel title. */
    outlet: z.string().min(1).optional(),
    /** Poll this feed at most this often; unset means on every poll. */
    intervalSeconds: z.number().int().positive().optional(),
    /**
     * Sites (registrable domains) whose URLs this feed's pages may give as their canonical URL
     * besides their own site, e.g. an outlet's second domain. "*" trusts every claim: only for a
     * mirror you run yourself (the bundled sample site). Other claims are refused and recorded.
     */
    canonicalSites: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type FeedConfig = z.infer<typeof FeedConfig>;

export const FeedsFile = z
  .object({ feeds: z.array(FeedConfig).min(1, 'lists no feeds') })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.feeds.forEach((feed, i) => {
      const first = seen.get(feed.url);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['feeds', i, 'url'], message: `duplicates feeds[${first}].url` });
      } else seen.set(feed.url, i);
    });
  });
export type FeedsFile = z.infer<typeof FeedsFile>;

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc === '' ? String(key) : `${acc}.${String(key)}`), '');
}

/** Parses a feeds file's text; `source` (its path) names it in errors. Every problem is listed, each with its path. */
export function parseFeedsFile(text: string, source: string): FeedsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CoopnewsError(ErrorCode.CONFIG_INVALID, `Feeds file ${source} is not valid JSON: ${(err as Error).message}`, {
      context: { file: source },
      cause: err,
    });
  }
  const result = FeedsFile.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
    throw new CoopnewsError(ErrorCode.CONFIG_INVALID, `Feeds file ${source} is invalid: ${problems.join('; ')}`, {
      context: { file: source, issues: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) },
    });
  }
  return result.data;
}

/** Reads and validates a feeds file (JSON: `{ "feeds": [{ "url": ... }] }`). Rejects with ERR_CONFIG_INVALID. */
export async function loadFeedsFile(path: string): Promise<FeedsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new CoopnewsError(ErrorCode.CONFIG_INVALID, `Cannot read feeds file ${path}: ${(err as Error).message}`, {
      context: { file: path },
      cause: err,
    });
  }
  return parseFeedsFile(text, path);
}
