#!/usr/bin/env node
// Runs the TypeScript CLI in place (no build step): tsx's loader is registered in this process, then the entry is imported.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
