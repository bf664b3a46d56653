// Worker thread: one search stream, driven epoch by epoch by the solver in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { compileNrp } from './model.js';
import { parseNrpInstance } from './instance.js';
import { SearchStream } from './engine.js';

interface EpochRequest {
  epoch: number;
  start: Int16Array | null;
  startObjective: number;
  deadline: number;
}

const data = workerData as { text: string; seed: number; stream: number };
const stream = new SearchStream(compileNrp(parseNrpInstance(data.text)), {
  seed: data.seed,
  stream: data.stream,
});
parentPort?.on('message', (req: EpochRequest) => {
  parentPort?.postMessage(stream.runEpoch(req.epoch, req.start, req.startObjective, req.deadline));
});
