/**
 * CSV injection (threat H6 in tests/security/README.md): whatever text reaches an export — community
 * titles, names, practice areas typed by anyone — no cell opens in a spreadsheet as a formula, and
 * every cell reads back as it was (with the one-quote prefix where it would have been a formula).
 */
import fc from 'fast-check';
import { parse } from 'papaparse';
import { FORMULA_START, toCsv } from './csvExport';

const cellText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '\r\n',
      ',',
      '"',
      "'",
      ';',
      ' ',
      'مرحبا',
      '👩🏽‍💻',
      'HYPERLINK("http://evil")',
      "cmd|' /C calc'!A0",
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
  ),
  maxLength: 30,
});

describe('CSV export under hostile input', () => {
  it('never lets a cell start a formula, and reads every cell back as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const csv = toCsv(['A', 'B', 'C'], rows);
        const back = parse<string[]>(csv, { skipEmptyLines: false }).data;
        expect(back).toHaveLength(rows.length + 1);
        rows.forEach((row, r) => {
          row.forEach((value, c) => {
            const cell = back[r + 1][c];
            expect(FORMULA_START.test(cell)).toBe(false);
            expect(cell).toBe(FORMULA_START.test(value) ? `'${value}` : value);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps numbers as numbers, negative ones included', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(parse<string[]>(toCsv(['N'], [[n]])).data[1][0]).toBe(String(n));
      }),
    );
  });
});
