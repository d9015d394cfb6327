import {
  formatPeriod,
  monthsOf,
  normalisePeriod,
  parsePeriod,
  periodFromSearch,
  presetOf,
  presetPeriod,
  reportAddress,
  searchWithoutReport,
  searchWithPeriod,
  wantsReport,
} from './reportPeriod';

const NOW = new Date('2026-12-06T22:00:00Z');

describe('report periods', () => {
  it('offers the last 3, 6 and 12 months and this year, each ending this month', () => {
    expect(presetPeriod('last3', NOW)).toEqual({ from: '2026-10', to: '2026-12' });
    expect(presetPeriod('last6', NOW)).toEqual({ from: '2026-07', to: '2026-12' });
    expect(presetPeriod('last12', NOW)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(presetPeriod('thisYear', new Date('2027-02-01T00:00:00Z'))).toEqual({ from: '2027-01', to: '2027-02' });
    expect(presetPeriod('last6', new Date('2027-02-01T00:00:00Z'))).toEqual({ from: '2026-09', to: '2027-02' });
    expect(presetOf({ from: '2026-07', to: '2026-12' }, NOW)).toBe('last6');
    expect(presetOf({ from: '2026-07', to: '2026-11' }, NOW)).toBeUndefined();
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('keeps periods in order, not after this month and at most three years long', () => {
    expect(normalisePeriod({ from: '2026-05', to: '2027-03' }, NOW)).toEqual({ from: '2026-05', to: '2026-12' });
    expect(normalisePeriod({ from: '2026-11', to: '2026-02' }, NOW)).toEqual({ from: '2026-02', to: '2026-02' });
    expect(normalisePeriod({ from: '2010-01', to: '2026-12' }, NOW)).toEqual({ from: '2024-01', to: '2026-12' });
  });

  it('reads a period from the address and ignores anything else', () => {
    expect(parsePeriod('2026-01..2026-11', NOW)).toEqual({ from: '2026-01', to: '2026-11' });
    expect(parsePeriod('last3', NOW)).toEqual({ from: '2026-10', to: '2026-12' });
    for (const bad of ['', '2026-13..2026-11', '2026-1..2026-11', '2026-01..2026-02..2026-03', '<script>', 'last12x'])
      expect(parsePeriod(bad, NOW)).toBeUndefined();
    expect(periodFromSearch('?community=3', NOW)).toEqual({ from: '2026-01', to: '2026-12' });
    expect(periodFromSearch('?cop-report=2026-03..2026-05', NOW)).toEqual({ from: '2026-03', to: '2026-05' });
  });

  it('writes the period into the address, keeping the other parameters, and can take it out again', () => {
    const search = searchWithPeriod('?community=6&x=1', { from: '2026-03', to: '2026-05' });
    expect(search).toBe('?community=6&x=1&cop-report=2026-03..2026-05');
    expect(wantsReport(search)).toBe(true);
    expect(searchWithoutReport(search)).toBe('?community=6&x=1');
    expect(searchWithoutReport('?cop-report=last3')).toBe('');
    expect(formatPeriod({ from: '2026-03', to: '2026-05' })).toBe('2026-03..2026-05');
  });
});

describe('reportAddress', () => {
  it("adds the report's period to a community page's address, keeping its parameters and fragment", () => {
    expect(reportAddress('/community?community=4')).toBe('/community?community=4&cop-report=last12');
    expect(reportAddress('https://contoso.sharepoint.com/sites/data')).toBe('https://contoso.sharepoint.com/sites/data?cop-report=last12');
    expect(reportAddress('/SitePages/Community.aspx?community=4&cop-report=last3#top', '2026-01..2026-06')).toBe(
      '/SitePages/Community.aspx?community=4&cop-report=2026-01..2026-06#top',
    );
  });
});
