// Entry of the feed-parsing worker thread. Workers do not inherit the parent's `--import tsx`
// loader hooks, so the thread registers tsx itself before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./feed-parse-thread.ts');
