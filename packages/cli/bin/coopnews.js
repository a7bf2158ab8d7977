#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx coopnews` works right after `npm ci` with no build.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
