// `rodtrad records …`: aktindsigt tools. See docs/cli-contracts.md (`rodtrad records deadline`).
import { parseArgs } from 'node:util';
import { MAX_YEAR, MIN_YEAR, isPlainDate } from '../platform/calendar/index.js';
import { LAWS, LAW_NAMES, computeDeadlines, type Law } from '../modules/records/domain/deadlines.js';

const USAGE = `Usage: rodtrad records deadline --law ofl|fvl|mol --received YYYY-MM-DD [--complex]

Prints the legal deadlines of an aktindsigt request as JSON on stdout.
  --law        ofl (offentlighedsloven), fvl (forvaltningsloven, party access) or mol (miljøoplysningsloven)
  --received   the day the request was received, a calendar date in Europe/Copenhagen
  --complex    mol only: the request is large or complex (two months instead of one)

decisionDue: ofl/fvl the 7th working day after the day of receipt; mol one calendar month after receipt
(clamped to the month's last day). Working days are Monday–Friday except Danish public holidays,
24 December and 31 December.`;

function fail(message: string): number {
  console.error(`rodtrad records: ${message}`);
  return 2;
}

async function deadline(args: string[]): Promise<number> {
  let values: { law?: string; received?: string; complex?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        law: { type: 'string' },
        received: { type: 'string' },
        complex: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const law = values.law?.toLowerCase();
  if (!law) return fail('missing --law (ofl, fvl or mol)');
  if (!(LAWS as readonly string[]).includes(law))
    return fail(`unknown law "${values.law}": use ofl, fvl or mol`);
  if (!values.received) return fail('missing --received YYYY-MM-DD');
  if (!isPlainDate(values.received)) return fail(`invalid date "${values.received}": expected YYYY-MM-DD`);
  const year = Number(values.received.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR - 1) {
    return fail(`date "${values.received}" is outside the supported years ${MIN_YEAR}–${MAX_YEAR - 1}`);
  }
  if (values.complex && law !== 'mol') return fail('--complex applies only to --law mol');

  const d = computeDeadlines(law as Law, values.received, { largeOrComplex: values.complex === true });
  const output = {
    decisionDue: d.decisionDue,
    law: d.law,
    lawName: LAW_NAMES[d.law].da,
    received: d.received,
    basis: d.basis,
    workingDays: d.workingDays,
    fristbrevDue: d.fristbrevDue,
    fristbrevReminder: d.fristbrevReminder,
    extendedDecisionDue: d.extendedDecisionDue,
    delayComplaintPossibleAfter: d.delayComplaintPossibleAfter,
    holidaysInPeriod: d.holidaysInPeriod,
  };
  console.log(JSON.stringify(output));
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(USAGE);
    return sub ? 0 : 2;
  }
  if (sub === 'deadline') return deadline(rest);
  return fail(`unknown subcommand "${sub}"; available: deadline`);
}
