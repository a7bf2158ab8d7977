export * from './extraction.ts';
export * from './errors.ts';
export * from './topics.ts';
export * from './messages/article-fetched.ts';
export * from './messages/article-extracted.ts';
export * from './messages/pipeline-error.ts';
export * from './messages/agreement-changed.ts';
export * from './records.ts';
