// Column-generation diving on its own: LP bound, time to converge, and the objective of each dive (before any
// local search). Usage: npx tsx bench/roster-nrp/dive.ts 8 [dives] [priceRounds] [earlyStop 1|0] [backtracks]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ColumnGenerator } from '../../src/modules/roster/nrp/colgen.js';
import { dive, diveStats } from '../../src/modules/roster/nrp/dive.js';
import { parseNrpInstance } from '../../src/modules/roster/nrp/instance.js';
import { compileNrp, evaluateNrp } from '../../src/modules/roster/nrp/model.js';

const [inst = '8', divesArg = '3', roundsArg = '30', early = '1', back = '0'] = process.argv.slice(2);
const text = readFileSync(
  resolve(import.meta.dirname, `../../../shared/bench/nrp/Instance${inst}.txt`),
  'utf8',
);
const m = compileNrp(parseNrpInstance(text));
const cg = await ColumnGenerator.create(m);
const t0 = Date.now();
const deadline = t0 + Number(process.env.DIVE_SECONDS ?? 120) * 1000;
while (!cg.converged && Date.now() < deadline)
  if (!cg.price(deadline, 40)) throw new Error('pricing too large');
console.log(
  `Instance${inst}: LP bound ${cg.lowerBound.toFixed(2)}, ${cg.columns} columns, ${Date.now() - t0} ms`,
);
for (let i = 0; i < Number(divesArg); i++) {
  const t = Date.now();
  const roster = dive(cg, deadline, {
    priceRounds: Number(roundsArg),
    earlyStop: early === '1',
    backtracks: i === 0 ? Number(back) : undefined,
  });
  const ev = roster ? evaluateNrp(m, roster) : null;
  console.log(
    `dive ${i}: ${ev ? `${ev.objective}${ev.feasible ? '' : ' (infeasible)'}` : 'none'} in ${Date.now() - t} ms ${JSON.stringify(diveStats)}`,
  );
}
cg.dispose();
