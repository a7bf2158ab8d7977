import type { z } from 'zod';
import { ArticleFetchedV1 } from './messages/article-fetched.ts';
import { ArticleExtractedV1 } from './messages/article-extracted.ts';
import { PipelineErrorV1 } from './messages/pipeline-error.ts';
import { AgreementChangedV1 } from './messages/agreement-changed.ts';
import { FeedPolledV1 } from './messages/feed-polled.ts';
import { FeedChangedV1 } from './messages/feed-changed.ts';

/** The only place topic names are written. Keys are what code refers to; `name` is the Kafka topic. */
export const Topics = {
  articlesFetched: { name: 'articles.fetched', schema: ArticleFetchedV1 },
  articlesExtracted: { name: 'articles.extracted', schema: ArticleExtractedV1 },
  pipelineErrors: { name: 'pipeline.errors', schema: PipelineErrorV1 },
  agreementsChanged: { name: 'agreements.changed', schema: AgreementChangedV1 },
  /** Per-feed poll outcomes from the fetcher, for feed health. */
  feedsPolled: { name: 'feeds.polled', schema: FeedPolledV1 },
  /** The wanted state of each feed (added, paused, removed through the api); compacted: the last message per feed is its state. */
  feedsChanged: { name: 'feeds.changed', schema: FeedChangedV1, config: { 'cleanup.policy': 'compact' } },
} as const;

export type TopicKey = keyof typeof Topics;
export type TopicPayload<K extends TopicKey> = z.infer<(typeof Topics)[K]['schema']>;
export const topicNames = (prefix = ''): string[] => Object.values(Topics).map((t) => prefix + t.name);
