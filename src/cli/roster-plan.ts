// `rodtrad roster plan SCENARIO.json --time-limit SECONDS --output ROSTER.json [--seed N] [--threads N]`
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ScenarioError, ZScenario, scenarioToModel, solutionOf } from '../modules/roster/domain/scenario.js';
import { planRoster } from '../modules/roster/planner/engine.js';
import { parseSolverArgs } from './solver-args.js';

const HELP = `Usage: rodtrad roster plan SCENARIO.json --time-limit SECONDS --output ROSTER.json [--seed N] [--threads N]

Plan a municipal roster from a scenario (shift types, employees with skills, contract minutes, wishes and
history, demand per weekday or date) with the same planner engine the shift-planning application uses.
Writes {"assignments","uncovered","violations","seconds"} to ROSTER.json.

  --time-limit SECONDS  wall-clock limit including start-up (required); the run stops within it
  --output FILE         where to write the roster (required)
  --seed N              random seed (default 1)
  --threads N           parallel search streams in worker threads (default: number of cores, at most 2)`;

interface PlanArgs {
  scenario: string;
  timeLimit: number;
  output: string;
  seed: number;
  threads: number;
}

function parseArgs(args: string[]): PlanArgs | 'help' {
  const parsed = parseSolverArgs(args);
  if (parsed === 'help') return 'help';
  const { positional, ...options } = parsed;
  const scenario = positional[0];
  if (!scenario || positional.length > 1)
    throw new Error('expected exactly one SCENARIO file (see roster plan --help)');
  return { scenario, ...options };
}

function readScenario(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read scenario file ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not valid JSON`);
  }
  const parsed = ZScenario.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid scenario: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export async function runPlan(args: string[], startedAt: number = performance.timeOrigin): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  const scenario = readScenario(parsed.scenario);
  let model;
  try {
    model = scenarioToModel(scenario);
  } catch (e) {
    if (e instanceof ScenarioError) throw new Error(`invalid scenario: ${e.message}`);
    throw e;
  }
  // Leave room for the final evaluation, writing the roster and stopping the workers.
  const deadline = startedAt + parsed.timeLimit * 1000 - 500;
  const result = await planRoster(model, {
    deadline,
    seed: parsed.seed,
    threads: parsed.threads,
    signal: new AbortController().signal,
  });
  const solution = solutionOf(model, result.roster);
  const seconds = Math.round((Date.now() - startedAt) / 100) / 10;
  writeFileSync(parsed.output, `${JSON.stringify({ ...solution, seconds }, null, 1)}\n`);
  console.log(
    JSON.stringify({
      assignments: solution.assignments.length,
      uncovered: solution.uncovered.reduce((n, u) => n + u.missing, 0),
      violations: solution.violations.length,
      seconds,
    }),
  );
  return solution.violations.length === 0 ? 0 : 1;
}
