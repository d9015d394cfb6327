import { communityTitleProblem, compareTitles, titleSortKey } from './titleOrder';

describe('titles in the order a person expects', () => {
  it('ignores leading markup and punctuation, case and accents, and counts numbers by value', () => {
    const titles = [
      '<b>Zebra crossings</b>',
      'apprentices',
      '“Agile” coaching',
      'Écologie',
      'Data 10',
      'Data 9',
      '<script>alert(1)</script>',
      '!!!',
    ];
    expect([...titles].sort(compareTitles)).toEqual([
      '“Agile” coaching',
      '<script>alert(1)</script>',
      'apprentices',
      'Data 9',
      'Data 10',
      'Écologie',
      '<b>Zebra crossings</b>',
      '!!!',
    ]);
  });
  it('keeps the title itself: only the sort key drops the leading markup', () => {
    expect(titleSortKey('<img src=x onerror=alert(1)> Zebra')).toBe('Zebra');
    expect(titleSortKey('Zebra <b>')).toBe('Zebra <b>');
  });
});

describe('a title that becomes a community', () => {
  it('starts with a letter or digit and holds no tags or entities', () => {
    expect(communityTitleProblem('Data Science')).toBeUndefined();
    expect(communityTitleProblem('3D printing & making')).toBeUndefined();
    expect(communityTitleProblem('Maths < 5 years')).toBeUndefined();
    expect(communityTitleProblem('<b>Data</b>')).toEqual({ rule: 'notAName' });
    expect(communityTitleProblem('Data <script>alert(1)</script>')).toEqual({ rule: 'notAName' });
    expect(communityTitleProblem('Data &lt;b&gt;')).toEqual({ rule: 'notAName' });
    expect(communityTitleProblem('  -- Data')).toEqual({ rule: 'notAName' });
    expect(communityTitleProblem('')).toBeUndefined();
  });
});
