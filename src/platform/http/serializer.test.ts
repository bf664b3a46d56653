import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaForSerialisation, serializerCompiler } from './serializer.js';

const ZItem = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  count: z.number().int(),
  active: z.boolean(),
  role: z.enum(['a', 'b']),
  tags: z.array(z.string()),
  meta: z.record(z.string(), z.unknown()).optional(),
});
const ZPage = z.object({ items: z.array(ZItem), total: z.number() });
const compile = (schema: z.ZodType) =>
  serializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

const item = {
  id: '0b6b5a43-8c55-4e0b-9d43-5b7e6b2a0f11',
  name: 'Anne "A" Ærø\n',
  email: null,
  count: 3,
  active: true,
  role: 'a',
  tags: ['x'],
};

describe('response serialiser', () => {
  it('compiles plain object schemas to fast-json-stringify with the same output as Zod', () => {
    expect(jsonSchemaForSerialisation(ZPage)).not.toBeNull();
    const page = { items: [item, { ...item, email: 'a@b.dk', meta: { k: [1] } }], total: 2 };
    expect(JSON.parse(compile(ZPage)(page))).toEqual(ZPage.parse(page));
  });

  it('writes only declared properties, so internal columns cannot leak', () => {
    const out = compile(ZPage)({ items: [{ ...item, password_hash: 'scrypt$…' }], total: 1, secret: 1 });
    expect(out).not.toMatch(/password_hash|scrypt|secret/);
  });

  it('refuses a result that lacks a required property', () => {
    const { name: _name, ...withoutName } = item;
    expect(() => compile(ZItem)(withoutName)).toThrow(/name/);
  });

  it('keeps Zod for schemas whose encoding matters or that JSON Schema cannot express', () => {
    const withDefault = z.object({ n: z.number().default(1) });
    const transformed = z.object({ s: z.string().transform((s) => s.length) });
    const dated = z.object({ at: z.date() });
    for (const schema of [withDefault, transformed, dated])
      expect(jsonSchemaForSerialisation(schema)).toBeNull();
    // …and Zod still serialises them.
    expect(compile(dated)({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
  });

  it('under the tests, refuses a response that does not match its schema instead of coercing it', () => {
    expect(() => compile(ZPage)({ items: [{ ...item, name: null }], total: 1 })).toThrow(/does not match/);
    expect(() => compile(ZPage)({ items: [{ ...item, active: 'false' }], total: 1 })).toThrow(
      /does not match/,
    );
  });
});
