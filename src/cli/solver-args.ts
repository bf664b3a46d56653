// The options both roster solvers take (`roster nrp` and `roster plan`): --time-limit (required), --output
// (required), --seed, --threads; anything else is an error with a one-line reason.
import { availableParallelism } from 'node:os';

export type SolverArgs = {
  positional: string[];
  timeLimit: number;
  output: string;
  seed: number;
  threads: number;
};

const KNOWN = ['--time-limit', '--output', '--seed', '--threads'];

export function parseSolverArgs(args: string[]): SolverArgs | 'help' {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a.startsWith('--')) {
      const [k = '', inline] = a.split('=', 2);
      const value = inline ?? args[++i];
      if (value === undefined) throw new Error(`missing value for ${k}`);
      if (!KNOWN.includes(k)) throw new Error(`unknown option ${k}`);
      flags.set(k, value);
    } else positional.push(a);
  }
  const num = (k: string, fallback: number | undefined, min: number): number => {
    const raw = flags.get(k);
    if (raw === undefined) {
      if (fallback === undefined) throw new Error(`${k} is required`);
      return fallback;
    }
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`${k} must be a number >= ${min}, got "${raw}"`);
    return n;
  };
  const output = flags.get('--output');
  if (!output) throw new Error('--output is required');
  return {
    positional,
    output,
    timeLimit: num('--time-limit', undefined, 0.1),
    seed: Math.floor(num('--seed', 1, 0)),
    threads: Math.floor(num('--threads', Math.min(2, availableParallelism()), 1)),
  };
}
