// Worker bootstrap: register the tsx loader in this thread, then load the TypeScript plan worker.
import { register } from 'tsx/esm/api';

register();
await import('./plan-worker.ts');
