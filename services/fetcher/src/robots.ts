import robotsParser from 'robots-parser';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';
import type { FetchResult } from './http-fetch.ts';

type Robot = ReturnType<typeof robotsParser>;

export interface RobotsCache {
  /**
   * Rejects with ERR_FETCH_BLOCKED when robots.txt of the URL's origin disallows it for our agent;
   * otherwise resolves to the Crawl-delay it asks for, in ms (undefined when none).
   */
  check(url: URL, requested: string): Promise<number | undefined>;
}

/**
 * robots.txt is fetched once per origin and kept for `ttlMs`. A missing one (4xx) allows
 * everything; one we cannot read (5xx, timeout, network) blocks the origin for now with a
 * retriable error and is not cached, so the next poll asks again (RFC 9309, section 2.3.1).
 */
export function createRobotsCache(opts: {
  ttlMs: number;
  agent: string;
  fetchRobotsTxt: (url: string) => Promise<FetchResult>;
}): RobotsCache {
  const cache = new Map<string, { expiresAt: number; robot: Promise<Robot> }>();

  const load = async (robotsUrl: string): Promise<Robot> => {
    try {
      const res = await opts.fetchRobotsTxt(robotsUrl);
      return robotsParser(robotsUrl, res.kind === 'ok' ? res.text : '');
    } catch (err) {
      if (err instanceof CoopnewsError && err.code === ErrorCode.FETCH_HTTP) {
        const status = err.context.status;
        if (typeof status === 'number' && status >= 400 && status < 500) return robotsParser(robotsUrl, '');
      }
      throw err;
    }
  };

  const robotFor = (origin: string): Promise<Robot> => {
    const hit = cache.get(origin);
    if (hit !== undefined && hit.expiresAt > Date.now()) return hit.robot;
    const robot = load(`${origin}/robots.txt`);
    cache.set(origin, { expiresAt: Date.now() + opts.ttlMs, robot });
    robot.catch(() => {
      if (cache.get(origin)?.robot === robot) cache.delete(origin);
    });
    return robot;
  };

  return {
    async check(url, requested) {
      let robot: Robot;
      try {
        robot = await robotFor(url.origin);
      } catch (err) {
        const cause = err instanceof CoopnewsError ? err : undefined;
        throw new CoopnewsError(
          cause?.code ?? ErrorCode.FETCH_NETWORK,
          `Did not fetch ${url.href}: its robots.txt at ${url.origin}/robots.txt could not be read (${(err as Error).message})`,
          {
            retriable: cause?.retriable ?? true,
            context: { ...cause?.context, url: requested, hopUrl: url.href, robotsUrl: `${url.origin}/robots.txt` },
            cause: err,
          },
        );
      }
      // robots-parser answers undefined for a URL of another origin, which cannot happen here.
      if (robot.isAllowed(url.href, opts.agent) === false) {
        throw new CoopnewsError(
          ErrorCode.FETCH_BLOCKED,
          `Refused to fetch ${url.href}: ${url.origin}/robots.txt disallows it for user agent ${opts.agent} (line ${robot.getMatchingLineNumber(url.href, opts.agent)})`,
          { retriable: false, context: { url: requested, hopUrl: url.href, robotsUrl: `${url.origin}/robots.txt` } },
        );
      }
      const delay = robot.getCrawlDelay(opts.agent);
      return delay === undefined ? undefined : delay * 1000;
    },
  };
}
