import fc from 'fast-check';
import { EMPTY_QUERY } from './directoryFilter';
import {
  cleanValue,
  decodeDirectoryState,
  DEFAULT_VIEW_STATE,
  encodeDirectoryState,
  URL_LIMITS,
  type DirectoryViewState,
} from './directoryUrl';
import { COMMUNITY_STATUSES } from './models';

const filtered: DirectoryViewState = {
  query: {
    text: 'data & insight',
    practiceAreas: ['Planning and Insight', 'People'],
    statuses: ['launched', 'forming'],
    sponsorIds: [24],
    mineOnly: true,
  },
  layout: 'list',
  grouped: true,
};

describe('directory state in the address', () => {
  it('round-trips a filtered view, so a shared link shows the same view', () => {
    const search = encodeDirectoryState(filtered, DEFAULT_VIEW_STATE, '');
    expect(decodeDirectoryState(search, DEFAULT_VIEW_STATE)).toEqual(filtered);
  });
  it("keeps the page's other parameters and leaves a plain address plain when the state is the default", () => {
    const search = encodeDirectoryState(filtered, DEFAULT_VIEW_STATE, '?debug=true&noredir=true');
    expect(search.startsWith('?debug=true&noredir=true&cop-q=')).toBe(true);
    expect(encodeDirectoryState(DEFAULT_VIEW_STATE, DEFAULT_VIEW_STATE, search)).toBe('?debug=true&noredir=true');
    expect(encodeDirectoryState(DEFAULT_VIEW_STATE, DEFAULT_VIEW_STATE, '')).toBe('');
  });
  it('uses the web part defaults when the address says nothing, and can say "no filters" over non-empty defaults', () => {
    const defaults: DirectoryViewState = { query: { ...EMPTY_QUERY, statuses: ['launched'] }, layout: 'cards', grouped: true };
    expect(decodeDirectoryState('?debug=true', defaults)).toEqual(defaults);
    const cleared = encodeDirectoryState({ query: EMPTY_QUERY, layout: 'cards', grouped: false }, defaults, '');
    expect(cleared).toBe('?cop-q=&cop-layout=cards');
    expect(decodeDirectoryState(cleared, defaults)).toEqual({ query: EMPTY_QUERY, layout: 'cards', grouped: false });
  });
});

describe('hostile addresses', () => {
  it('ignores unknown statuses, layouts and non-numeric sponsors', () => {
    const state = decodeDirectoryState(
      '?cop-status=launched&cop-status=hacked&cop-layout=<script>&cop-sponsor=1 OR 1=1&cop-sponsor=-4&cop-sponsor=0x10&cop-sponsor=7&cop-mine=yes',
      DEFAULT_VIEW_STATE,
    );
    expect(state.query.statuses).toEqual(['launched']);
    expect(state.layout).toBe('cards');
    expect(state.query.sponsorIds).toEqual([7]);
    expect(state.query.mineOnly).toBe(false);
  });
  it('truncates very long values and caps how many values a filter takes', () => {
    const long = 'x'.repeat(1000);
    const areas = Array.from({ length: 100 }, (_, i) => `cop-area=${long}${i}`).join('&');
    const state = decodeDirectoryState(`?cop-q=${long}&${areas}`, DEFAULT_VIEW_STATE);
    expect(state.query.text).toHaveLength(URL_LIMITS.text);
    expect(state.query.practiceAreas.length).toBeLessThanOrEqual(URL_LIMITS.values);
    expect(state.query.practiceAreas.every((a) => a.length <= URL_LIMITS.value)).toBe(true);
  });
  it('reads only the first part of an enormous address', () => {
    const state = decodeDirectoryState(`?cop-q=${'y'.repeat(1_000_000)}&cop-status=forming`, DEFAULT_VIEW_STATE);
    expect(state.query.text).toHaveLength(URL_LIMITS.text);
    expect(state.query.statuses).toEqual([]);
  });
  it('strips control characters and never splits an emoji in two', () => {
    expect(cleanValue('a\u0000b\nc', 10)).toBe('a b c');
    expect(cleanValue('😀😀😀', 2)).toBe('😀😀');
  });
  it('survives malformed percent-encoding and duplicate values', () => {
    const state = decodeDirectoryState('?cop-q=%E0%A4%A&cop-status=forming&cop-status=forming&cop-area=%', DEFAULT_VIEW_STATE);
    expect(typeof state.query.text).toBe('string');
    expect(state.query.statuses).toEqual(['forming']);
    expect(state.query.practiceAreas).toEqual(['%']);
  });
  it('decodes any query string without throwing, into values within the limits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const state = decodeDirectoryState(`?cop-q=${raw}&cop-area=${raw}&cop-status=${raw}&cop-sponsor=${raw}&${raw}`, DEFAULT_VIEW_STATE);
        expect(state.query.text.length).toBeLessThanOrEqual(URL_LIMITS.text);
        expect(state.query.statuses.every((s) => (COMMUNITY_STATUSES as readonly string[]).includes(s))).toBe(true);
        expect(state.query.sponsorIds.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
      }),
    );
  });
  it('round-trips any text a person might type', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: URL_LIMITS.text }), (text) => {
        const clean = cleanValue(text, URL_LIMITS.text);
        const state = { ...DEFAULT_VIEW_STATE, query: { ...EMPTY_QUERY, text: clean } };
        expect(decodeDirectoryState(encodeDirectoryState(state, DEFAULT_VIEW_STATE, '?a=1'), DEFAULT_VIEW_STATE).query.text).toBe(clean);
      }),
    );
  });
});
