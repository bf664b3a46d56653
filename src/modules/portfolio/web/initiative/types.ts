import type { TInitiativeBody } from '../../contract.js';

/** What every section of the initiative form gets: the values and a setter per field. */
export type FormState = {
  v: TInitiativeBody;
  set: <K extends keyof TInitiativeBody>(key: K, value: TInitiativeBody[K]) => void;
};
