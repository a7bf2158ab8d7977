import type { FeedDay, FeedPolledV1, FeedRecord, FeedSpec } from '@coopnews/schema';
import { idOf } from '@coopnews/store';

const KEEP_DAYS = 14;
const KEEP_NEW_AT = 20;
/** Failures in a row after which a feed counts as dead even when each failure says "try later". */
const DEAD_AFTER_FAILURES = 5;
/** HTTP answers that say the feed is gone rather than having a bad moment. */
const GONE_STATUSES = new Set([401, 403, 404, 410]);
/** A feed is stale when it has published nothing for this many of its usual gaps (and at least an hour). */
const STALE_GAPS = 3;
const MIN_STALE_MS = 60 * 60 * 1000;

export const feedId = (url: string): string => idOf('feed', url);

/** A record for a feed first heard of (from a poll, or from a monitor adding it). */
export function newFeedRecord(spec: FeedSpec, source: FeedRecord['source'], at: string): FeedRecord {
  return { _id: feedId(spec.url), url: spec.url, spec, state: 'active', source, addedAt: at, consecutiveFailures: 0, newAt: [], days: [] };
}

/** Folds one poll outcome into the feed's record (pure: the consumer stores what this returns). */
export function applyPoll(known: FeedRecord | null, poll: FeedPolledV1): FeedRecord {
  const record = known ?? newFeedRecord({ url: poll.feedUrl, ...(poll.feedName ? { name: poll.feedName } : {}) }, 'file', poll.at);
  // Outcomes can arrive late or twice (a replay); only a newer poll moves "last" fields.
  const newer = record.lastPollAt === undefined || poll.at > record.lastPollAt;
  const failed = poll.result === 'error';
  const next: FeedRecord = { ...record, days: addToDay(record.days, poll) };
  if (poll.items.published > 0 && !record.newAt.includes(poll.at)) {
    next.newAt = [...record.newAt, poll.at].sort().slice(-KEEP_NEW_AT);
    next.lastNewAt = next.newAt.at(-1)!;
  }
  if (!newer) return next;
  next.lastPollAt = poll.at;
  next.lastOutcome = poll.result;
  if (poll.httpStatus === undefined) delete next.lastHttpStatus;
  else next.lastHttpStatus = poll.httpStatus;
  if (failed) {
    next.consecutiveFailures = record.consecutiveFailures + 1;
    next.lastError = {
      at: poll.at,
      code: poll.error?.code ?? 'ERR_INTERNAL',
      message: poll.error?.message ?? 'the feed could not be read',
      ...(poll.httpStatus === undefined ? {} : { httpStatus: poll.httpStatus }),
    };
  } else {
    next.consecutiveFailures = 0;
    next.lastSuccessAt = poll.at;
  }
  return next;
}

function addToDay(days: FeedDay[], poll: FeedPolledV1): FeedDay[] {
  const day = poll.at.slice(0, 10);
  const old = days.find((d) => d.day === day) ?? { day, polls: 0, failedPolls: 0, seen: 0, new: 0, failedItems: 0 };
  const updated: FeedDay = {
    day,
    polls: old.polls + 1,
    failedPolls: old.failedPolls + (poll.result === 'error' ? 1 : 0),
    seen: old.seen + poll.items.seen,
    new: old.new + poll.items.published,
    failedItems: old.failedItems + poll.items.failed,
  };
  return [...days.filter((d) => d.day !== day), updated].sort((a, b) => a.day.localeCompare(b.day)).slice(-KEEP_DAYS);
}

export type FeedStatus = 'dead' | 'failing' | 'stale' | 'pending' | 'paused' | 'removed' | 'healthy';

/** Order of the Feeds page and of GET /feeds by default: what needs a monitor first. */
export const STATUS_ORDER: readonly FeedStatus[] = ['dead', 'failing', 'stale', 'pending', 'paused', 'healthy', 'removed'];

export interface FeedHealth {
  status: FeedStatus;
  /** Nothing new for longer than the feed's usual rhythm (STALE_GAPS usual gaps). */
  stale: boolean;
  /** Median time between polls that found new pages; absent until there are three such polls. */
  usualGapHours?: number;
  /** Why the status is what it is, in a few words. */
  reason: string;
}

/** The feed's health at `now`: dead, failing, stale, pending (never polled), paused or healthy. */
export function healthOf(feed: FeedRecord, now: Date): FeedHealth {
  const gap = usualGapMs(feed.newAt);
  const quietFor = feed.lastNewAt === undefined ? undefined : now.getTime() - Date.parse(feed.lastNewAt);
  const stale = gap !== undefined && quietFor !== undefined && quietFor > Math.max(STALE_GAPS * gap, MIN_STALE_MS);
  const base = { stale, ...(gap === undefined ? {} : { usualGapHours: Math.round((gap / 3_600_000) * 10) / 10 }) };
  if (feed.state === 'removed') return { ...base, status: 'removed', reason: 'removed by a monitor' };
  if (feed.state === 'paused') return { ...base, status: 'paused', reason: 'paused by a monitor' };
  if (feed.lastPollAt === undefined) return { ...base, status: 'pending', reason: 'not polled yet' };
  const inARow = `${feed.consecutiveFailures} failed poll${feed.consecutiveFailures === 1 ? '' : 's'} in a row`;
  if (feed.lastOutcome === 'error') {
    const error = feed.lastError;
    const gone = error?.httpStatus !== undefined && GONE_STATUSES.has(error.httpStatus);
    const why = `${error?.httpStatus ? `HTTP ${error.httpStatus}: ` : ''}${error?.message ?? 'failed'}`;
    if (gone || feed.consecutiveFailures >= DEAD_AFTER_FAILURES) {
      return { ...base, status: 'dead', reason: `${feed.lastSuccessAt ? `no success since ${feed.lastSuccessAt}` : 'never read'}, ${inARow}; ${why}` };
    }
    return { ...base, status: 'failing', reason: `${inARow}; ${why}` };
  }
  if (stale) return { ...base, status: 'stale', reason: `nothing new since ${feed.lastNewAt}, usually every ${base.usualGapHours} h` };
  return { ...base, status: 'healthy', reason: feed.lastOutcome === 'not-modified' ? 'read, not modified' : 'read' };
}

function usualGapMs(newAt: readonly string[]): number | undefined {
  if (newAt.length < 3) return undefined;
  const times = newAt.map((t) => Date.parse(t)).sort((a, b) => a - b);
  const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}
