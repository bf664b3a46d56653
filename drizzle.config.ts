// drizzle-kit configuration: every `schema.ts` under src/ contributes tables. `npx drizzle-kit generate`
// writes a new SQL migration to migrations/; `npx drizzle-kit generate --custom --name <what>` makes an empty
// one for hand-written SQL (RLS policies, triggers). See docs/ARCHITECTURE.md "Adding a table".
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/schema.ts',
  out: './migrations',
  migrations: { table: '__drizzle_migrations' },
});
