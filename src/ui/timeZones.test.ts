import { SHAREPOINT_TIME_ZONES, standardBias, supportedTimeZone, viewerTimeZone, zoneOfSharePoint } from './timeZones';

// legacyPageContext's shape, as SharePoint puts it on the page (values of a real London site and a New York user).
const londonSite = { Id: 2, Description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', Bias: 0, DaylightBias: -60, StandardBias: 0 };
const newYorkUser = { Id: 10, Description: '(UTC-05:00) Eastern Time (US and Canada)', Bias: 300, DaylightBias: -60, StandardBias: 0 };

describe("SharePoint's time zone ids in IANA's names", () => {
  it('maps the zones people pick most to the zone of the cities SharePoint names', () => {
    expect(zoneOfSharePoint({ Id: 2 })).toBe('Europe/London');
    expect(zoneOfSharePoint({ Id: 10 })).toBe('America/New_York');
    expect(zoneOfSharePoint({ Id: 13 })).toBe('America/Los_Angeles');
    expect(zoneOfSharePoint({ Id: 20 })).toBe('Asia/Tokyo');
    expect(zoneOfSharePoint({ Id: 76 })).toBe('Australia/Sydney');
    expect(zoneOfSharePoint({ Id: 93 })).toBe('UTC');
  });

  it("covers SharePoint's documented ids 2 to 94 (52 was never used), each a zone Intl knows", () => {
    const ids = Object.keys(SHAREPOINT_TIME_ZONES).map(Number);
    const documented = Array.from({ length: 93 }, (_, i) => i + 2).filter((id) => id !== 52);
    expect(ids.sort((a, b) => a - b)).toEqual(documented);
    for (const id of ids) expect([id, supportedTimeZone(SHAREPOINT_TIME_ZONES[id])]).toEqual([id, expect.any(String)]);
  });

  it("puts each zone at the standard offset SharePoint's Bias gives for a few well-known ids", () => {
    // Bias is minutes west of UTC in standard time (UTC = local + Bias).
    const bias = (id: number): number => standardBias(SHAREPOINT_TIME_ZONES[id], 2027);
    expect(bias(2)).toBe(londonSite.Bias);
    expect(bias(10)).toBe(newYorkUser.Bias);
    expect(bias(23)).toBe(-330); // Chennai, Kolkata, Mumbai, New Delhi
    expect(bias(62)).toBe(-345); // Kathmandu
    expect(bias(28)).toBe(210); // Newfoundland
    expect(bias(30)).toBe(120); // Mid-Atlantic, UTC-02:00
    expect(bias(76)).toBe(-600); // Canberra, Melbourne, Sydney: standard time in July
  });
});

describe("the viewer's zone from the page", () => {
  it("takes the person's own regional settings first", () => {
    expect(viewerTimeZone({ userTimeZoneData: newYorkUser, webTimeZoneData: londonSite })).toBe('America/New_York');
  });

  it("takes the site's when the person has none", () => {
    expect(viewerTimeZone({ webTimeZoneData: londonSite })).toBe('Europe/London');
    expect(viewerTimeZone({ userTimeZoneData: null, webTimeZoneData: londonSite })).toBe('Europe/London');
  });

  it("takes the site's when the person's id is one it can't place", () => {
    expect(viewerTimeZone({ userTimeZoneData: { Id: 9999 }, webTimeZoneData: londonSite })).toBe('Europe/London');
    expect(viewerTimeZone({ userTimeZoneData: { Description: 'no id' } as never, webTimeZoneData: londonSite })).toBe('Europe/London');
    expect(viewerTimeZone({ userTimeZoneData: { Id: '10' as unknown as number }, webTimeZoneData: londonSite })).toBe('Europe/London');
  });

  it("leaves the browser's zone (undefined) when neither can be placed, and never throws", () => {
    expect(viewerTimeZone(undefined)).toBeUndefined();
    expect(viewerTimeZone(null)).toBeUndefined();
    expect(viewerTimeZone({})).toBeUndefined();
    expect(viewerTimeZone({ webTimeZoneData: { Id: 0 } })).toBeUndefined();
    expect(viewerTimeZone({ webTimeZoneData: { Id: 'constructor' as unknown as number } })).toBeUndefined();
  });

  it("knows a zone only if the browser's Intl does", () => {
    expect(supportedTimeZone('Europe/London')).toBe('Europe/London');
    expect(supportedTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(supportedTimeZone('')).toBeUndefined();
    expect(supportedTimeZone(undefined)).toBeUndefined();
  });
});
