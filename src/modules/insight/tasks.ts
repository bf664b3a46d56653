// "Min forside" for leaders: the key figures of their units that are off target this month.
import type { TaskProvider } from '../../platform/tasks/registry.js';
import { figureById } from './domain/figures.js';
import { offTarget } from './service.js';

export const insightTaskProvider: TaskProvider = async ({ db, actor }) =>
  (await offTarget(db, actor)).map((t) => {
    const f = figureById(t.figure)!;
    return {
      id: `insight:${t.figure}:${t.unit?.id ?? 'all'}`,
      module: 'insight',
      title: `${f.name.da}${t.unit ? ` (${t.unit.name})` : ''}: ${t.value ?? '–'} ${f.unit.da}, mål ${t.target} ${f.unit.da}`,
      detail: f.definition.da,
      url: `/ledelsesinformation/${encodeURIComponent(t.figure)}${t.unit ? `?unitId=${t.unit.id}` : ''}`,
      severity: 'warning' as const,
    };
  });
