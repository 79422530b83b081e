import type { Journal } from './journal.js';

/** Events per local day for the last `days` days, oldest first (the dashboard's chart). */
export async function countEventsPerDay(journal: Pick<Journal, 'countsByDay'>, days: number): Promise<Array<{ day: string; count: number }>> {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - (days - 1));
  const counts = new Map<string, number>();
  for (let i = 0; i < days; i++) {
    const d = new Date(start);
    d.setDate(start.getDate() + i);
    counts.set(localDay(d), 0);
  }
  for (const { day, count } of await journal.countsByDay(start)) if (counts.has(day)) counts.set(day, (counts.get(day) ?? 0) + count);
  return [...counts].map(([day, count]) => ({ day, count }));
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
