/** The bench's figures, each with its budget, printed as one table (and written as JSON by run.ts). */

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Pass when value ≤ budget; no budget means the figure is for information. */
  budget?: number;
  /** What the figure is made of, or why it is over budget. */
  note?: string;
  pass?: boolean;
}

export const figures: Figure[] = [];

export function addFigure(f: Figure): void {
  figures.push({ ...f, pass: f.budget === undefined ? undefined : f.value <= f.budget });
  console.log(`  ${f.name}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`);
}

/** Prints the table; returns true when any budget was missed. */
export function printTable(list: readonly Figure[]): boolean {
  const rows = list.map((f) => [
    f.name,
    `${f.value}${f.unit ? ` ${f.unit}` : ''}`,
    f.budget === undefined ? '—' : `≤ ${f.budget}${f.unit ? ` ${f.unit}` : ''}`,
    f.pass === undefined ? '' : f.pass ? 'pass' : 'FAIL',
    f.note ?? '',
  ]);
  const head = ['figure', 'measured', 'budget', '', 'made of'];
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(head)}`);
  for (const r of rows) console.log(line(r));
  return list.some((f) => f.pass === false);
}
