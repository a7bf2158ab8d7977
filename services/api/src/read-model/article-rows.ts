import type { ArticleRecord } from '@coopnews/schema';
import { changeLog, snapshotStore, type Store } from '@coopnews/store';
import type { Logger } from '@coopnews/runtime';
import type { ReadModelSpec } from './read-model.ts';

/** One article as the article list and its export see it: the record without its text. */
export interface ArticleRow {
  _id: string;
  item: Omit<ArticleRecord, 'text'>;
  /** The list's sort key: when the outlet published it, else when it was fetched. */
  at: string;
}

export const ARTICLE_ROW_SHAPE = 'article-row-1';

export function articleRow(a: ArticleRecord): ArticleRow {
  const { text: _text, ...item } = a;
  return { _id: a._id, item, at: a.publishedAt ?? a.fetchedAt };
}

/** Oldest first, ties by _id: the list (newest first) walks it backwards. */
export const compareArticleRows = (a: ArticleRow, b: ArticleRow): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export function articleModelSpec(store: Store, log?: Logger): ReadModelSpec<ArticleRecord, ArticleRow> {
  return {
    name: 'articles',
    get: (id) => store.articles.get(id),
    scan: () => store.articles.stream({}, { projection: { text: 0 } }),
    rowOf: articleRow,
    compare: compareArticleRows,
    changes: changeLog(store.db, 'articles'),
    snapshots: snapshotStore(store.db, 'articles', ARTICLE_ROW_SHAPE),
    log,
  };
}
