// The facilities module's public surface (other modules import only from here).
export { HORIZON } from './domain/plan.js';
