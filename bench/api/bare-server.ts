// The ceiling for bench/api: a bare Fastify route answering the same JSON bytes as the employee list, in a
// process of its own like the real server. No session, no database, no schema — only HTTP and the payload.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const body = readFileSync(process.env.BARE_BODY_FILE!, 'utf8');
const payload = JSON.parse(body) as unknown;
const app = Fastify({ logger: false });
// Serialised per request, as the real route does (JSON.stringify of the same object).
app.get('/', async (_req, reply) => reply.type('application/json').send(JSON.stringify(payload)));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
