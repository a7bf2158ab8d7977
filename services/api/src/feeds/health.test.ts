import { describe, expect, it } from 'vitest';
import type { FeedPolledV1 } from '@coopnews/schema';
import { applyPoll, healthOf, newFeedRecord } from './health.ts';

const URL_ = 'https://outlet.example/feed';
const poll = (at: string, over: Partial<FeedPolledV1> = {}): FeedPolledV1 => ({
  version: 1,
  feedUrl: URL_,
  at,
  durationMs: 10,
  result: 'ok',
  httpStatus: 200,
  ...over,
  items: { seen: 5, dropped: 0, published: 0, unchanged: 5, failed: 0, deferred: 0, ...over.items },
});
const items = (published: number, failed = 0) => ({ items: { seen: 5, dropped: 0, published, unchanged: 5 - published - failed, failed, deferred: 0 } });
const failed = (at: string, httpStatus: number, retriable = true): FeedPolledV1 =>
  poll(at, { result: 'error', httpStatus, items: { seen: 0, dropped: 0, published: 0, unchanged: 0, failed: 0, deferred: 0 }, error: { code: 'ERR_FETCH_HTTP', message: `HTTP ${httpStatus}`, retriable } });
const fold = (polls: FeedPolledV1[]) => polls.reduce((r, p) => applyPoll(r, p), newFeedRecord({ url: URL_ }, 'api', '2026-12-01T00:00:00Z'));

describe('feed health', () => {
  it('counts seen, new and failed items per day and keeps the last poll, success and error', () => {
    const feed = fold([poll('2026-12-01T01:00:00Z', items(2)), poll('2026-12-01T02:00:00Z', items(0, 1)), failed('2026-12-02T01:00:00Z', 503)]);
    expect(feed.days).toEqual([
      { day: '2026-12-01', polls: 2, failedPolls: 0, seen: 10, new: 2, failedItems: 1 },
      { day: '2026-12-02', polls: 1, failedPolls: 1, seen: 0, new: 0, failedItems: 0 },
    ]);
    expect(feed).toMatchObject({ lastPollAt: '2026-12-02T01:00:00Z', lastSuccessAt: '2026-12-01T02:00:00Z', lastHttpStatus: 503, consecutiveFailures: 1, lastNewAt: '2026-12-01T01:00:00Z' });
    expect(feed.lastError).toMatchObject({ code: 'ERR_FETCH_HTTP', httpStatus: 503 });
  });

  it('a late (older) outcome adds to its day but does not move the last poll back', () => {
    const feed = fold([poll('2026-12-02T00:00:00Z'), failed('2026-12-01T00:00:00Z', 500)]);
    expect(feed.lastOutcome).toBe('ok');
    expect(feed.days.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('tells dead (gone, or failing again and again), failing, stale and healthy feeds apart', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    expect(healthOf(fold([poll('2026-12-03T11:00:00Z', items(1))]), now).status).toBe('healthy');
    expect(healthOf(fold([failed('2026-12-03T11:00:00Z', 404, false)]), now)).toMatchObject({ status: 'dead', reason: expect.stringContaining('HTTP 404') });
    expect(healthOf(fold([failed('2026-12-03T11:00:00Z', 503)]), now).status).toBe('failing');
    const fiveFailures = ['07', '08', '09', '10', '11'].map((h) => failed(`2026-12-03T${h}:00:00Z`, 503));
    expect(healthOf(fold(fiveFailures), now).status).toBe('dead');
    // New pages every hour until 06:00, nothing since: quiet for 6 h against a usual 1 h.
    const hourly = ['01', '02', '03', '04', '05', '06'].map((h) => poll(`2026-12-03T${h}:00:00Z`, items(1)));
    const quiet = fold([...hourly, poll('2026-12-03T11:30:00Z')]);
    expect(healthOf(quiet, now)).toMatchObject({ status: 'stale', stale: true, usualGapHours: 1 });
    expect(healthOf(quiet, new Date('2026-12-03T07:00:00Z')).status).toBe('healthy');
  });
});
