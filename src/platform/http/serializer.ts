// Response serialisation from the route's Zod response schema, compiled once per route.
// fastify-type-provider-zod encodes every response through Zod and then calls JSON.stringify; for a page of 50
// employees that was the largest piece of our own CPU per request. Here the Zod schema is converted to JSON
// Schema once and compiled with fast-json-stringify, which writes only the properties the schema declares, so
// internal columns still cannot leak. Schemas whose input and output differ (transforms, codecs, defaults) or
// that JSON Schema cannot express keep the Zod serialiser, where the encoding step matters.
// What is given up: Zod's run-time check of the handler's result (e.g. "is this string a UUID"); TypeScript
// checks handlers against the same schema at compile time through the type provider.
import fastJson, { type Schema } from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerCompiler = Parameters<typeof zodSerializerCompiler>[0];
type JsonSchema = Record<string, unknown>;

/**
 * `anyOf: [{ type: 'string', … }, { type: 'null' }]` (how Zod writes `.nullable()`) becomes
 * `{ type: ['string', 'null'], … }`: fast-json-stringify picks an anyOf branch by validating the value at run
 * time, a nullable type it checks with one comparison.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplify(value);
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2 && Object.keys(out).length === 1) {
    const isNull = (s: unknown) =>
      !!s && typeof s === 'object' && (s as JsonSchema).type === 'null' && Object.keys(s).length === 1;
    const other = anyOf.find((s) => !isNull(s)) as JsonSchema | undefined;
    if (other && anyOf.some(isNull) && typeof other.type === 'string' && other.type !== 'object') {
      return { ...other, type: [other.type, 'null'] };
    }
  }
  return out;
}

/** The JSON Schema fast-json-stringify can serialise with, or null when Zod must do it. */
export function jsonSchemaForSerialisation(schema: unknown): JsonSchema | null {
  if (!(schema instanceof z.ZodType)) return null;
  try {
    const options = { target: 'draft-7', unrepresentable: 'throw', cycles: 'throw' } as const;
    const output = z.toJSONSchema(schema, { ...options, io: 'output' });
    const input = z.toJSONSchema(schema, { ...options, io: 'input' });
    // Output schemas close objects (`additionalProperties: false`, Zod strips unknown keys); beyond that, any
    // difference between input and output means a transform, codec or default is involved.
    const open = (s: unknown) =>
      JSON.stringify(s, (k, v: unknown) => (k === 'additionalProperties' && v === false ? undefined : v));
    if (open(output) !== open(input)) return null;
    return simplify(output) as JsonSchema;
  } catch {
    return null;
  }
}

/**
 * Under the test runner (or with RODTRAD_CHECK_RESPONSES=1) every fast-serialised response is also checked
 * against its Zod schema, so a handler returning null for a non-nullable field or a wrong type fails the
 * tests instead of being coerced silently ("" / 0 / false) by fast-json-stringify in production.
 */
const checkResponses = (): boolean =>
  process.env.RODTRAD_CHECK_RESPONSES === '1' || process.env.VITEST === 'true';

export function serializerCompiler(route: SerializerCompiler): (data: unknown) => string {
  const json = jsonSchemaForSerialisation(route.schema);
  if (json) {
    try {
      const fast = fastJson(json as unknown as Schema) as (data: unknown) => string;
      if (!checkResponses()) return fast;
      const schema = route.schema as z.ZodType;
      return (data) => {
        const checked = schema.safeParse(data);
        if (!checked.success)
          throw new Error(
            `response does not match the schema of ${route.method} ${route.url}: ${checked.error.message}`,
          );
        return fast(data);
      };
    } catch {
      // A schema fast-json-stringify cannot compile is still served correctly by Zod.
    }
  }
  return zodSerializerCompiler(route);
}
