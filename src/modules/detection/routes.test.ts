// The route plugin on a Fastify instance with the platform's Zod compilers. Authentication itself is the
// platform's auth hook (src/platform/http/auth-hook.ts), which reads `config.permission`; here we check that
// the route declares the right permission and that validation and the response schema work.
import Fastify, { type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { detectionRoutes } from './routes.js';

const app = Fastify().withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
const declared: Array<{ url: string; permission: unknown }> = [];
app.addHook('onRoute', (route: RouteOptions) => {
  declared.push({ url: route.url, permission: route.config?.permission });
});
await app.register(detectionRoutes);
afterAll(() => app.close());

describe('POST /api/detection/detect', () => {
  it('declares the detection.use permission', () => {
    expect(declared).toContainEqual({ url: '/api/detection/detect', permission: 'detection.use' });
  });

  it('returns spans and findings for a valid body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/detection/detect',
      payload: { text: 'Mit cpr-nr. er 070761-4285.', case_type: 'building' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.spans).toMatchObject([{ start: 15, end: 26, label: 'CPR', text: '070761-4285' }]);
    expect(body.findings).toHaveLength(1);
  });

  it('rejects an invalid body with 400', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/detection/detect',
      payload: { text: 'x', case_type: 'unknown' },
    });
    expect(res.statusCode).toBe(400);
  });
});
