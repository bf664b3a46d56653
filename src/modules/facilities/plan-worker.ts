// Worker thread: solves one maintenance-plan MIP (and its 10 % budget-cut variant) off the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { solvePlan } from './domain/plan-mip.js';
import type { PlanAction, PlanSettings } from './domain/plan.js';

const data = workerData as { actions: PlanAction[]; settings: PlanSettings; timeLimitSeconds: number };
const full = await solvePlan(data.actions, data.settings, { timeLimitSeconds: data.timeLimitSeconds });
const cutSettings = { ...data.settings, budgets: data.settings.budgets.map((b) => b * 0.9) };
const cut = await solvePlan(data.actions, cutSettings, { timeLimitSeconds: data.timeLimitSeconds });
parentPort?.postMessage({ full, cut });
