import { parse } from 'papaparse';
import { toCsv } from './csvExport';

const back = (csv: string): string[][] => parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('toCsv', () => {
  it('writes a header row and CRLF lines, quoting commas, quotes and line breaks', () => {
    const csv = toCsv(
      ['Title', 'Note'],
      [
        ['A, B', 'say "hi"'],
        ['Two\nlines', 3],
      ],
    );
    expect(csv.split('\r\n')[0]).toBe('Title,Note');
    expect(back(csv)).toEqual([
      ['Title', 'Note'],
      ['A, B', 'say "hi"'],
      ['Two\nlines', '3'],
    ]);
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '=1\n=2'])(
    'neutralises a cell that a spreadsheet would run as a formula: %j',
    (value) => {
      const [, row] = back(toCsv(['V'], [[value]]));
      expect(row[0]).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text, numbers (even negative ones) and empty cells alone', () => {
    expect(back(toCsv(['A', 'B', 'C', 'D'], [['Data = insight', -4, undefined, '']]))[1]).toEqual(['Data = insight', '-4', '', '']);
  });
});
