import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { CoopnewsError, ErrorCode } from '@coopnews/runtime';

export interface AuthOptions {
  /** Unset: every write is refused (403), so a fresh install is read-only until configured. */
  apiToken?: string | undefined;
  readsNeedToken: boolean;
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A hook that lets a request through only with `Authorization: Bearer <API_TOKEN>`. */
export function tokenGuard(auth: AuthOptions) {
  return async (req: FastifyRequest): Promise<void> => {
    if (!auth.apiToken) {
      throw new CoopnewsError(ErrorCode.UNAUTHORIZED, 'this api has no token configured, so it refuses writes: set API_TOKEN in its environment and send Authorization: Bearer <API_TOKEN>', {
        context: { httpStatus: 403 },
      });
    }
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token) throw new CoopnewsError(ErrorCode.UNAUTHORIZED, 'missing Authorization: Bearer <API_TOKEN> header');
    if (!equal(token, auth.apiToken)) throw new CoopnewsError(ErrorCode.UNAUTHORIZED, 'the bearer token does not match API_TOKEN');
  };
}

/** Paths that stay open when READS_NEED_TOKEN is set: the UI shell and health checks. */
export const openPaths = (url: string): boolean => url === '/' || url === '/health' || url.startsWith('/ui/') || url === '/favicon.ico';
