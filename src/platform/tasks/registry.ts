// "My tasks": modules register a provider that lists the current user's open tasks; GET /api/tasks merges
// them. A failing provider is logged and skipped, so one module cannot break the page.
import type { Db } from '../db/database.js';
import type { Actor } from '../http/context.js';
import type { TTask } from './contract.js';

export type TaskContext = { db: Db; actor: Actor };
export type TaskProvider = (ctx: TaskContext) => Promise<TTask[]>;

const providers = new Map<string, TaskProvider>();

export function registerTaskProvider(name: string, provider: TaskProvider): void {
  providers.set(name, provider);
}

export function unregisterTaskProvider(name: string): void {
  providers.delete(name);
}

export async function collectTasks(
  ctx: TaskContext,
  onError: (name: string, error: unknown) => void,
): Promise<TTask[]> {
  const results = await Promise.all(
    [...providers.entries()].map(async ([name, provider]) => {
      try {
        return await provider(ctx);
      } catch (error) {
        onError(name, error);
        return [];
      }
    }),
  );
  const rank = { danger: 0, warning: 1, info: 2 } as const;
  return results
    .flat()
    .sort(
      (a, b) =>
        rank[a.severity] - rank[b.severity] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
    );
}
