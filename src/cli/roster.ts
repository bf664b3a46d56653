// `rodtrad roster nrp INSTANCE.txt --time-limit SECONDS --output SOLUTION.txt [--seed N] [--threads N]`
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { solveNrpText } from '../modules/roster/nrp/solver.js';
import { formatNrpSolution } from '../modules/roster/nrp/solution.js';
import { OFF } from '../modules/roster/nrp/model.js';
import { runPlan } from './roster-plan.js';
import { parseSolverArgs } from './solver-args.js';

const HELP = `Usage: rodtrad roster plan SCENARIO.json --time-limit SECONDS --output ROSTER.json [--seed N]
       (see rodtrad roster plan --help)
       rodtrad roster nrp INSTANCE.txt --time-limit SECONDS --output SOLUTION.txt [--seed N] [--threads N]

Optimise a Curtois & Qu shift scheduling instance and write the roster (one tab-separated line per employee:
ID, then the shift ID or '-' per day). Prints {"objective","feasible","seconds"} as JSON on stdout.

  --time-limit SECONDS  wall-clock limit including start-up (required)
  --output FILE         where to write the solution (required)
  --seed N              random seed (default 1); the search is reproducible per seed and thread count
  --threads N           parallel search streams in worker threads (default: number of cores, at most 2)`;

interface NrpArgs {
  instance: string;
  timeLimit: number;
  output: string;
  seed: number;
  threads: number;
}

function parseArgs(args: string[]): NrpArgs | 'help' {
  const parsed = parseSolverArgs(args);
  if (parsed === 'help') return 'help';
  const { positional, ...options } = parsed;
  if (positional[0] !== 'nrp') throw new Error('expected the subcommand "plan" or "nrp" (see roster --help)');
  const instance = positional[1];
  if (!instance || positional.length > 2)
    throw new Error('expected exactly one INSTANCE file (see roster --help)');
  return { instance, ...options };
}

/** `startedAt` (ms since the epoch) defaults to process start, so the time limit includes start-up. */
export async function run(args: string[], startedAt: number = performance.timeOrigin): Promise<number> {
  if (args[0] === 'plan') return runPlan(args.slice(1), startedAt);
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  const started = startedAt;
  let text: string;
  try {
    text = readFileSync(parsed.instance, 'utf8');
  } catch {
    throw new Error(`cannot read instance file ${parsed.instance}`);
  }
  // Leave room for writing the solution and stopping the workers.
  const deadline = started + parsed.timeLimit * 1000 - 400;
  const result = await solveNrpText(text, { deadline, seed: parsed.seed, threads: parsed.threads });
  const roster = result.roster ?? new Int16Array(result.model.E * result.model.H).fill(OFF);
  writeFileSync(parsed.output, formatNrpSolution(result.model, roster));
  const objective = result.evaluation?.objective ?? null;
  const seconds = Math.round((Date.now() - started) / 10) / 100;
  console.log(JSON.stringify({ objective, feasible: result.evaluation?.feasible ?? false, seconds }));
  return result.evaluation?.feasible ? 0 : 1;
}
