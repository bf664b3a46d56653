// Worker thread: one search stream of the planner engine (solveRoster with its own seed), reporting progress.
import { parentPort, workerData } from 'node:worker_threads';
import { solveRoster } from '../domain/solve.js';
import type { PlanStreamInput } from './engine.js';

const input = workerData as PlanStreamInput;
const result = solveRoster(input.model, {
  seed: input.seed,
  deadline: input.deadline,
  ...(input.initial ? { initial: input.initial } : {}),
  ...(input.fixed ? { fixed: input.fixed } : {}),
  onProgress: (p) => parentPort?.postMessage({ type: 'progress', ...p }),
});
parentPort?.postMessage({ type: 'done', roster: result.roster });
