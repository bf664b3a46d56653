// Entry of one.ts in a child process (tsx loaded the same way as bin/rodtrad.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./one.ts');
