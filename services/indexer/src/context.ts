/** The article being indexed, as every fold needs it. */
export interface ArticleContext {
  articleId: string;
  url: string;
  outlet: string;
  publishedAt?: string;
  relevant: boolean;
  extractorVersion: string;
  /** When the extraction ran; used instead of the clock so a replay writes the same bytes. */
  at: string;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export const newCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, removed: 0 });
