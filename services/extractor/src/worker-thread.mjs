// Entry of the extraction worker thread. Workers do not inherit the parent's `--import tsx`
// loader hooks, so the thread registers tsx itself before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./worker-thread.ts');
