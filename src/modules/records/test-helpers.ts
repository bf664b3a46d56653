// Helpers shared by the records integration tests (not a test file itself).
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect } from 'vitest';
import {
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';

/** A fresh municipality with one logged-in caseworker (each test gets its own tenant). */
export async function loginCaseworker(t: TestApp) {
  const tenant = await createTestTenant(t.db);
  const user = await createTestUser(t.db, tenant.id, { role: 'caseworker' });
  return { tenant, agent: await loginAgent(t, tenant, user) };
}

export async function pdfWith(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  return doc.save();
}

export function multipart(files: { name: string; bytes: Uint8Array }[]) {
  const boundary = '----rodtrad' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    parts.push(Buffer.from(f.bytes), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function waitForJob(agent: Agent, jobId: string, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await agent.get(`/api/jobs/${jobId}`);
    expect(res.statusCode).toBe(200);
    const job = res.json();
    if (['completed', 'failed', 'cancelled'].includes(job.state) || Date.now() > until) return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
