// The contract's solution format: one line per employee (instance order), tab-separated: ID, then one cell per
// day — the shift ID or '-' for a day off.
import { OFF, type NrpModel } from './model.js';

export function formatNrpSolution(m: NrpModel, x: Int16Array): string {
  const lines: string[] = [];
  for (let e = 0; e < m.E; e++) {
    const cells = [m.staffIds[e] ?? ''];
    for (let d = 0; d < m.H; d++) {
      const v = x[e * m.H + d] ?? OFF;
      cells.push(v === OFF ? '-' : (m.shiftIds[v] ?? '-'));
    }
    lines.push(cells.join('\t'));
  }
  return lines.join('\n') + '\n';
}

export function parseNrpSolution(m: NrpModel, text: string): Int16Array {
  const x = new Int16Array(m.E * m.H).fill(OFF);
  const staff = new Map(m.staffIds.map((id, i) => [id, i]));
  const shifts = new Map(m.shiftIds.map((id, i) => [id, i]));
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [id = '', ...cells] = raw.split('\t');
    const e = staff.get(id.trim());
    if (e === undefined) throw new Error(`invalid solution: unknown employee ${id}`);
    cells.slice(0, m.H).forEach((c, d) => {
      const cell = c.trim();
      if (cell === '-' || cell === '') return;
      const s = shifts.get(cell);
      if (s === undefined) throw new Error(`invalid solution: unknown shift ${cell} for ${id} on day ${d}`);
      x[e * m.H + d] = s;
    });
  }
  return x;
}
