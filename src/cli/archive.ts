// `rodtrad archive import|export`: the open building archive. See CONTRACTS.md.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../platform/config.js';
import { withTenant } from '../platform/db/database.js';
import { migrate } from '../platform/db/migrate.js';
import { readAll } from '../platform/documents/store.js';
import { systemActor } from '../platform/http/context.js';
import { jobsFor } from '../platform/jobs/platform.js';
import { findTenantBySlug } from '../platform/tenancy/service.js';
import { ManifestError } from '../modules/archive/domain/manifest.js';
import { enqueuePending, registerArchiveJobs } from '../modules/archive/jobs.js';
import { folderSource } from '../modules/archive/service/folder-source.js';
import { importManifest } from '../modules/archive/service/import.js';
import { allPublished } from '../modules/archive/service/portal.js';
import { archiveStore } from '../modules/archive/service/store.js';
import { stateCounts, waitUntilFinal } from '../modules/archive/service/wait.js';
import { DB_HELP, parseArgs, str } from './args.js';
import { openConfiguredDb } from './db.js';

const USAGE = `Usage:
  rodtrad archive import --tenant SLUG --manifest MANIFEST.csv [--files DIR] [--wait]
  rodtrad archive export --tenant SLUG --out DIR

import  reads the manifest (CSV, one row per document) and its files (PDF, TIFF, JPEG, PNG) into the archive
        and queues every new document for screening. A document already imported (same case, same content)
        is skipped, so an interrupted import can simply be run again. Bad lines are reported on stderr and
        the rest goes on. --wait screens in this process and returns when every document of the manifest
        has reached a final state. stdout: {"imported","skipped","published","review","withheld","locked","failed"}.
export  writes what the public portal serves: DIR/index.json and each published PDF.
${DB_HELP}`;

function fail(message: string): number {
  console.error(`rodtrad archive: ${message}`);
  return 2;
}

async function openTenant(slug: string | undefined) {
  if (!slug) throw new Error('missing --tenant SLUG');
  const config = loadConfig();
  const db = await openConfiguredDb(config);
  try {
    await migrate(db);
    const tenant = await findTenantBySlug(db, slug);
    if (!tenant) throw new Error(`no municipality with the slug "${slug}"`);
    return { config, db, tenant };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function runImport(options: Record<string, string | true>): Promise<number> {
  const manifestPath = str(options, 'manifest');
  if (!manifestPath) return fail('missing --manifest MANIFEST.csv');
  let manifestText: string;
  try {
    manifestText = await readFile(manifestPath, 'utf8');
  } catch {
    return fail(`cannot read the manifest "${manifestPath}"`);
  }
  const files = str(options, 'files') ?? path.dirname(path.resolve(manifestPath));
  const wait = options.wait === true;
  const { config, db, tenant } = await openTenant(str(options, 'tenant'));
  const jobs = jobsFor(db);
  try {
    const store = archiveStore(db, config);
    registerArchiveJobs(jobs, db);
    await jobs.start({ workers: wait });
    const actor = systemActor(tenant.id, 'system:cli');
    let report;
    try {
      report = await importManifest(db, store, actor, manifestText, folderSource(files), {
        source: path.basename(manifestPath),
        onProgress: (done, total) => {
          if (done % 25 === 0 || done === total) process.stderr.write(`imported ${done}/${total}\n`);
        },
      });
    } catch (error) {
      if (error instanceof ManifestError) return fail(error.message);
      throw error;
    }
    for (const p of report.problems) console.error(p.message);
    await enqueuePending(jobs, db, tenant.id);
    const counts = wait
      ? await waitUntilFinal(db, tenant.id, report.documentIds)
      : await stateCounts(db, tenant.id, report.documentIds);
    console.log(
      JSON.stringify({
        imported: report.imported,
        skipped: report.skipped,
        published: counts.published,
        review: counts.review,
        withheld: counts.withheld,
        locked: counts.locked,
        // bad manifest lines and files that could not be screened
        failed: counts.failed + report.problems.length,
      }),
    );
    return 0;
  } finally {
    await jobs.stop();
    await db.close();
  }
}

async function runExport(options: Record<string, string | true>): Promise<number> {
  const out = str(options, 'out');
  if (!out) return fail('missing --out DIR');
  const { config, db, tenant } = await openTenant(str(options, 'tenant'));
  try {
    const store = archiveStore(db, config);
    const docs = await withTenant(db, tenant.id, (tx) => allPublished(tx));
    await mkdir(out, { recursive: true });
    const index = [];
    for (const d of docs) {
      const file = `${d.id}.pdf`;
      const bytes = await readAll(store, d.publishedSha256);
      await writeFile(path.join(out, `${file}.tmp`), bytes);
      await rename(path.join(out, `${file}.tmp`), path.join(out, file));
      index.push({
        document_id: d.id,
        case_number: d.caseNumber,
        address: d.address,
        matrikel: d.matrikel,
        document_title: d.title,
        document_date: d.date,
        pages: d.pages,
        file,
      });
    }
    await writeFile(path.join(out, 'index.json'), JSON.stringify(index, null, 2) + '\n');
    console.log(JSON.stringify({ exported: index.length, out: path.resolve(out) }));
    return 0;
  } finally {
    await db.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { options } = parseArgs(rest);
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help' || options.help) {
    console.log(USAGE);
    return sub ? 0 : 2;
  }
  if (sub === 'import') return runImport(options);
  if (sub === 'export') return runExport(options);
  return fail(`unknown subcommand "${sub}"; available: import, export`);
}
