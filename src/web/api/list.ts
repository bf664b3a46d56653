// List endpoints answer either a bare array or an object holding one ({users: [...]}, {items: [...], total}).
export function listOf<T>(data: unknown, key?: string): T[] {
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if (key && Array.isArray(record[key])) return record[key] as T[];
    if (Array.isArray(record.items)) return record.items as T[];
    const firstArray = Object.values(record).find(Array.isArray);
    if (firstArray) return firstArray as T[];
  }
  return [];
}

export function totalOf(data: unknown, fallback: number): number {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const total = (data as Record<string, unknown>).total;
    if (typeof total === 'number') return total;
  }
  return fallback;
}
