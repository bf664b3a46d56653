// One access-log line per request. Fastify's default writes two (incoming + completed, the first with the full
// request serialiser); with pino writing synchronously that was about a tenth of the server's CPU per request
// in the API benchmark. The single line still carries the request id, method, URL, client address, status and
// time; errors, stream errors and 404s keep Fastify's own lines.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export class AccessLog extends LogController {
  override incomingRequest(): void {
    // Logged once, at completion.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    // Fastify's serialisers turn these into { method, url, host, remoteAddress, … } and { statusCode }.
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

/**
 * What the log keeps of a request. Capability tokens in the address (a citizen's status and download links,
 * route parameter `token`, and the status page of the public web app) are masked: whoever reads the logs must
 * not be able to open a citizen's package.
 */
export function serializeRequest(req: FastifyRequest): Record<string, unknown> {
  return {
    method: req.method,
    url: maskTokens(req.url, (req.params as Record<string, unknown> | undefined)?.token),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

export function maskTokens(url: string, token?: unknown): string {
  let out = typeof token === 'string' && token.length > 0 ? url.split(token).join('[token]') : url;
  out = out.replace(/\/status\/[^/?#]+/g, '/status/[token]');
  return out;
}
