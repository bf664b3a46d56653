// Worker thread: one search stream, driven epoch by epoch by the solver in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { compileNrp } from './model.js';
import { parseNrpInstance } from './instance.js';
import { SearchStream, type StreamKind } from './engine.js';

interface EpochRequest {
  epoch: number;
  start: Int16Array | null;
  startObjective: number;
  deadline: number;
}

const data = workerData as { text: string; seed: number; stream: number; kind: StreamKind; its?: number };
const stream = new SearchStream(
  compileNrp(parseNrpInstance(data.text)),
  data.seed,
  data.stream,
  data.kind,
  data.its,
);
parentPort?.on('message', (req: EpochRequest) => {
  void stream
    .runEpoch(req.epoch, req.start, req.startObjective, req.deadline)
    .then((report) => parentPort?.postMessage(report));
});
