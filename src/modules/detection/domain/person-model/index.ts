// The person-name sequence model, decoded once on first use from the committed weights.
import { deserialiseWeights, Scorer, tagPersons, type TModelSpan } from './model.js';
import { PERSON_MODEL_WEIGHTS } from './weights.js';

export type { TModelSpan } from './model.js';
export { modelTokens, type TModelTokens } from './features.js';

let scorer: Scorer | null = null;

export function modelPersons(text: string): TModelSpan[] {
  scorer ??= new Scorer(deserialiseWeights(PERSON_MODEL_WEIGHTS));
  return tagPersons(scorer, text);
}
