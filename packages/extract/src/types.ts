import type { Actor, Agreement, ArticleInfo, Program } from '@coopnews/schema';

/** Options the caller passes in; the library itself reads no clock, env or file. */
export interface ExtractOptions {
  /** The URL the result is keyed by (echoed exactly as given). */
  url: string;
  /** Hints from the feed item, used when the page lacks them. */
  feedItem?: { title?: string; pubDate?: string; outlet?: string };
}

/** One place in article.text where an actor is named. */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
  /** article.text.slice(start, end) */
  text: string;
}

/** What the article stage hands to the record stages. */
export type Article = ArticleInfo;

export interface ActorsResult {
  actors: Actor[];
  /** Every mention of every actor, sorted by start. */
  mentions: Mention[];
}

export interface RecordsResult {
  agreements: Agreement[];
  programs: Program[];
}
