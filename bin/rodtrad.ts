// The `rodtrad` command dispatcher. Each command lives in src/cli/<name>.ts and exports
// `run(args: string[]): Promise<number>`; it is imported lazily so `rodtrad detect` does not load the server.
type Command = { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> };

const commands: Record<string, Command> = {
  start: {
    summary: 'Start the web server (migrates and seeds the demo on an empty database)',
    load: () => import('../src/cli/start.js'),
  },
  migrate: { summary: 'Apply database migrations', load: () => import('../src/cli/migrate.js') },
  seed: { summary: 'Seed the demo municipality (Demo Kommune)', load: () => import('../src/cli/seed.js') },
  tenant: {
    summary: 'Municipalities: tenant add | tenant list | tenant disable',
    load: () => import('../src/cli/tenant.js'),
  },
  user: { summary: 'Manage users: user add | user reset-password', load: () => import('../src/cli/user.js') },
  audit: { summary: 'Audit log tools: audit verify | audit head', load: () => import('../src/cli/audit.js') },
  oidc: {
    summary: "Municipalities' OpenID Connect login: oidc set | oidc list",
    load: () => import('../src/cli/oidc.js'),
  },
  detect: {
    summary: 'Find personal data in Danish text (JSONL in, JSONL out)',
    load: () => import('../src/cli/detect.js'),
  },
  redact: {
    summary: 'Produce a genuinely redacted PDF from a case document',
    load: () => import('../src/cli/redact.js'),
  },
  records: { summary: 'Aktindsigt tools: records deadline', load: () => import('../src/cli/records.js') },
  archive: {
    summary: 'Open building archive: archive import | archive export',
    load: () => import('../src/cli/archive.js'),
  },
  insight: {
    summary: 'Management information: insight rebuild (recount every key figure from the events)',
    load: () => import('../src/cli/insight.js'),
  },
  roster: {
    summary: 'Roster planning: roster plan (a scenario) | roster nrp (Curtois & Qu benchmark)',
    load: () => import('../src/cli/roster.js'),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: rodtrad <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `rodtrad <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`rodtrad: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest);
  } catch (error) {
    // One line on stderr, never a bare stack trace (docs/cli-contracts.md). RODTRAD_DEBUG=1 shows the stack.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`rodtrad ${name}: ${message}`);
    if (process.env.RODTRAD_DEBUG) console.error(error);
    return 1;
  }
}
