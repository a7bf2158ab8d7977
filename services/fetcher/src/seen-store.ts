import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';

/** What the fetcher remembers about a URL it has published: the hash it published and the validators for the next conditional GET. */
export const SeenEntry = z.object({
  contentHash: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** When the page was last fetched (epoch ms); entries written before this was kept have none and count as long ago. */
  checkedAt: z.number().optional(),
});
export type SeenEntry = z.infer<typeof SeenEntry>;

const SeenFile = z.object({ version: z.literal(1), entries: z.record(z.string(), SeenEntry) });

export interface SeenStore {
  get(url: string): Promise<SeenEntry | undefined>;
  set(url: string, entry: SeenEntry): Promise<void>;
}

export function createMemorySeenStore(): SeenStore {
  const entries = new Map<string, SeenEntry>();
  return {
    get: (url) => Promise.resolve(entries.get(url)),
    set: (url, entry) => {
      entries.set(url, entry);
      return Promise.resolve();
    },
  };
}

/**
 * Keeps entries in a JSON file so a restarted fetcher does not publish unchanged pages again.
 * The file is read once, on first use; a set resolves once the file holds it, written through a
 * temporary file and a rename, so a crash leaves the old file or the new one, never half of one.
 */
export function createJsonFileSeenStore(path: string): SeenStore {
  let loaded: Promise<Map<string, SeenEntry>> | undefined;
  // At most one write runs and at most one waits; sets arriving meanwhile join the waiting one,
  // so a poll of many pages rewrites the file a few times, not once per page.
  let lastWrite: Promise<void> = Promise.resolve();
  let nextWrite: Promise<void> | undefined;

  const load = async (): Promise<Map<string, SeenEntry>> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw new CoopnewsError(ErrorCode.CONFIG_INVALID, `Cannot read seen-state file ${path}: ${(err as Error).message}`, {
        context: { file: path },
        cause: err,
      });
    }
    let parsed: z.infer<typeof SeenFile>;
    try {
      parsed = SeenFile.parse(JSON.parse(text));
    } catch (err) {
      throw new CoopnewsError(
        ErrorCode.CONFIG_INVALID,
        `Seen-state file ${path} is corrupt (${(err as Error).message.slice(0, 300)}); move it away to start afresh (pages will be published again)`,
        { context: { file: path }, cause: err },
      );
    }
    return new Map(Object.entries(parsed.entries));
  };
  const entries = (): Promise<Map<string, SeenEntry>> => (loaded ??= load());

  return {
    async get(url) {
      return (await entries()).get(url);
    },
    async set(url, entry) {
      const map = await entries();
      map.set(url, entry);
      // URLs are record keys here, not Mongo keys, so a plain object keyed by URL is fine.
      const write = async (): Promise<void> => {
        nextWrite = undefined;
        const tmp = `${path}.${process.pid}.tmp`;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(tmp, JSON.stringify({ version: 1, entries: Object.fromEntries(map) }));
        await rename(tmp, path);
      };
      if (nextWrite === undefined) {
        nextWrite = lastWrite.then(write, write);
        lastWrite = nextWrite;
      }
      await nextWrite;
    },
  };
}
