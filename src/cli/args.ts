// Tiny option parser for the platform commands: --name value, --name=value, --flag.
export type Parsed = { options: Record<string, string | true>; positional: string[] };

export function parseArgs(args: string[]): Parsed {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h') options.help = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) options[name] = inline;
      else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) options[name] = args[++i]!;
      else options[name] = true;
    } else positional.push(arg);
  }
  return { options, positional };
}

export function str(options: Parsed['options'], name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}

export const DB_HELP = `Database: DATABASE_URL (PostgreSQL) or the embedded PGlite database in RODTRAD_DATA_DIR (default ./data).`;
