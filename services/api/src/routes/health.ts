import { z } from 'zod';
import type { RouteDeps, ZodApp } from '../app.ts';

export function healthRoutes(app: ZodApp, { store }: RouteDeps): void {
  app.get('/health', { schema: { tags: ['meta'], response: { 200: z.object({ status: z.literal('ok'), mongo: z.boolean() }) } } }, async () => {
    const mongo = await Promise.race([
      store.db.command({ ping: 1 }).then(() => true, () => false),
      new Promise<boolean>((r) => setTimeout(r, 2000, false).unref()),
    ]);
    return { status: 'ok' as const, mongo };
  });
}
