#!/usr/bin/env node
// Entry point of the `rodtrad` CLI: loads TypeScript through tsx (no build step), then runs the dispatcher.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./rodtrad.ts');
process.exitCode = await main(process.argv.slice(2));
