import { plural, pluralFor, type PluralForms } from './plural';

const DAYS: PluralForms = { one: '{0} ({1} day ago)', other: '{0} ({1} days ago)' };
const ITEMS: PluralForms = { one: '{0} item', other: '{0} items' };

describe('plural', () => {
  it.each(['en-GB', 'en-US'])('chooses one or other by the count in %s', (locale) => {
    const p = pluralFor(locale);
    expect(p(DAYS, 1, '2 Dec 2026', 1)).toBe('2 Dec 2026 (1 day ago)');
    expect(p(DAYS, 2, '1 Dec 2026', 2)).toBe('1 Dec 2026 (2 days ago)');
    expect(p(ITEMS, 0)).toBe('0 items');
    expect(p(ITEMS, 1)).toBe('1 item');
    expect(p(ITEMS, 21)).toBe('21 items');
    expect(p(ITEMS, 1.5)).toBe('1.5 items');
  });

  it('uses the forms a language has, falling back to other', () => {
    const few: PluralForms = { one: '{0} dzień', few: '{0} dni (few)', many: '{0} dni', other: '{0} dnia' };
    const pl = pluralFor('pl');
    expect([1, 3, 5, 1.5].map((n) => pl(few, n))).toEqual(['1 dzień', '3 dni (few)', '5 dni', '1.5 dnia']);
    expect(pluralFor('en-GB')({ other: '{0} sheep' }, 1)).toBe('1 sheep');
  });

  it('the loc strings say their language, so plural() uses English rules for them', () => {
    expect(plural(ITEMS, 1)).toBe('1 item');
    expect(plural(ITEMS, 3)).toBe('3 items');
  });
});
