// `rodtrad insight rebuild`: drops the management-information aggregates and replays the whole event stream
// (after a figure's definition changed, or to check the live aggregates against a full recount).
import { rebuildInsight } from '../modules/insight/index.js';
import { loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { DB_HELP, parseArgs } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage: rodtrad insight rebuild

rebuild  Drops every key-figure aggregate (daily totals, drill-down items, per-tenant progress) and replays the
         event stream from its start in batches, in one run for all municipalities. Dashboards show the
         figures as they are rebuilt; run it outside office hours on a large stream. Prints the number of
         events replayed and the time taken.
${DB_HELP}`;

export async function run(args: string[]): Promise<number> {
  const { options, positional } = parseArgs(args);
  if (options.help || positional[0] !== 'rebuild') {
    console.log(HELP);
    return options.help ? 0 : 1;
  }
  const db = await openConfiguredDb(loadConfig());
  try {
    await migrate(db);
    const started = performance.now();
    const events = await rebuildInsight(db);
    console.log(
      `rebuilt the key figures from ${events} events in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } finally {
    await db.close();
  }
}
