/**
 * The web's regional settings (`_api/web/RegionalSettings`, SP.RegionalSettings), its time zone
 * (`…/RegionalSettings/TimeZone`, SP.TimeZone) and SharePoint's list of time zones
 * (`…/RegionalSettings/TimeZones`, `…/TimeZones(id)`, `…/TimeZones/GetById(id)`):
 * https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj245475(v=office.15) (SP.RegionalSettings),
 * https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj245652(v=office.15) (SP.TimeZone),
 * https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247008(v=office.15) (the time zone ids),
 * as PnPjs reads them (`sp.web.regionalSettings()`, `.timeZone()`, `.timeZones()`, `.timeZones.getById(id)`:
 * https://pnp.github.io/pnpjs/sp/regional-settings/). A time zone is `{ Description, Id, Information:
 * { Bias, DaylightBias, StandardBias } }` (SP.TimeZoneInformation; Bias in minutes west of UTC,
 * so UTC = local time + Bias), as SharePoint Online answers it.
 *
 * The site's zone is kept in SQLite (`sp_meta` 'regional:timezone'; the demo site is in London, id 2),
 * and so is each person's own zone, where they have set one ('regional:user:<upn>'): SharePoint gives
 * the page both (`_spPageContextInfo.webTimeZoneData` / `userTimeZoneData`), which the emulator serves
 * to the workbench as the page's context (`pageContextOf`). Changing regional settings, installed
 * languages and the time zone's UtcToLocalTime/LocalTimeToUTC are refused as emulator limits (unserved.ts).
 */
import type { DatabaseSync } from 'node:sqlite';
import { SHAREPOINT_TIME_ZONES, standardBias } from '../../../src/ui/timeZones.ts';
import type { EmulatorUser } from '../types.ts';
import { SpError, CODE } from './errors.ts';
import { Complex, Ent } from './odata.ts';
import type { Rq } from './rq.ts';
import { metaGet, metaSet } from './store.ts';

/** The cities SharePoint names for each of its time zones (its description after the UTC offset). */
const CITIES: Readonly<Record<number, string>> = {
  2: 'Dublin, Edinburgh, Lisbon, London',
  3: 'Brussels, Copenhagen, Madrid, Paris',
  4: 'Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
  5: 'Athens, Bucharest',
  6: 'Belgrade, Bratislava, Budapest, Ljubljana, Prague',
  7: 'Minsk',
  8: 'Brasilia',
  9: 'Atlantic Time (Canada)',
  10: 'Eastern Time (US and Canada)',
  11: 'Central Time (US and Canada)',
  12: 'Mountain Time (US and Canada)',
  13: 'Pacific Time (US and Canada)',
  14: 'Alaska',
  15: 'Hawaii',
  16: 'Midway Island, Samoa',
  17: 'Auckland, Wellington',
  18: 'Brisbane',
  19: 'Adelaide',
  20: 'Osaka, Sapporo, Tokyo',
  21: 'Kuala Lumpur, Singapore',
  22: 'Bangkok, Hanoi, Jakarta',
  23: 'Chennai, Kolkata, Mumbai, New Delhi',
  24: 'Abu Dhabi, Muscat',
  25: 'Tehran',
  26: 'Baghdad',
  27: 'Jerusalem',
  28: 'Newfoundland',
  29: 'Azores',
  30: 'Mid-Atlantic',
  31: 'Monrovia, Reykjavik',
  32: 'Cayenne, Fortaleza',
  33: 'Georgetown, La Paz, Manaus, San Juan',
  34: 'Indiana (East)',
  35: 'Bogota, Lima, Quito',
  36: 'Saskatchewan',
  37: 'Guadalajara, Mexico City, Monterrey',
  38: 'Arizona',
  39: 'International Date Line West',
  40: 'Fiji, Marshall Is.',
  41: 'Magadan, Solomon Is., New Caledonia',
  42: 'Hobart',
  43: 'Guam, Port Moresby',
  44: 'Darwin',
  45: 'Beijing, Chongqing, Hong Kong SAR, Urumqi',
  46: 'Novosibirsk',
  47: 'Tashkent',
  48: 'Kabul',
  49: 'Cairo',
  50: 'Harare, Pretoria',
  51: 'Moscow, St. Petersburg, Volgograd',
  53: 'Cape Verde Is.',
  54: 'Baku',
  55: 'Central America',
  56: 'Nairobi',
  57: 'Sarajevo, Skopje, Warsaw, Zagreb',
  58: 'Ekaterinburg',
  59: 'Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius',
  60: 'Greenland',
  61: 'Yangon (Rangoon)',
  62: 'Kathmandu',
  63: 'Irkutsk',
  64: 'Krasnoyarsk',
  65: 'Santiago',
  66: 'Sri Jayawardenepura',
  67: "Nuku'alofa",
  68: 'Vladivostok',
  69: 'West Central Africa',
  70: 'Yakutsk',
  71: 'Astana',
  72: 'Seoul',
  73: 'Perth',
  74: 'Kuwait, Riyadh',
  75: 'Taipei',
  76: 'Canberra, Melbourne, Sydney',
  77: 'Chihuahua, La Paz, Mazatlan',
  78: 'Tijuana, Baja California',
  79: 'Amman',
  80: 'Beirut',
  81: 'Manaus',
  82: 'Tbilisi',
  83: 'Windhoek',
  84: 'Yerevan',
  85: 'Buenos Aires',
  86: 'Casablanca',
  87: 'Islamabad, Karachi',
  88: 'Caracas',
  89: 'Port Louis',
  90: 'Montevideo',
  91: 'Asuncion',
  92: 'Petropavlovsk-Kamchatsky',
  93: 'Coordinated Universal Time',
  94: 'Ulaanbaatar',
};

/** The demo site's zone: London. */
export const DEFAULT_SITE_ZONE = 2;

/** SharePoint's time zone ids, in its order. */
export const TIME_ZONE_IDS: readonly number[] = Object.keys(CITIES)
  .map(Number)
  .sort((a, b) => a - b);

/** A zone as SharePoint describes it: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London". */
export interface TimeZoneRow {
  Id: number;
  Description: string;
  Bias: number;
  DaylightBias: number;
  StandardBias: number;
}

function offsetText(bias: number): string {
  const minutes = Math.abs(bias);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `UTC${bias > 0 ? '-' : '+'}${hh}:${mm}`;
}

/** One of SharePoint's zones; its offset from the IANA zone of its cities (this year's standard time). */
export function timeZoneRow(id: number): TimeZoneRow | undefined {
  if (!Object.hasOwn(CITIES, id)) return undefined;
  const bias = standardBias(SHAREPOINT_TIME_ZONES[id]);
  const prefix = id === 93 ? 'UTC' : offsetText(bias);
  // SharePoint Online reports DaylightBias -60 and StandardBias 0 for every zone, with or without
  // daylight saving (its answer for Tokyo, which has none, carries -60 too).
  return { Id: id, Description: `(${prefix}) ${CITIES[id]}`, Bias: bias, DaylightBias: -60, StandardBias: 0 };
}

function zoneSetting(db: DatabaseSync, key: string): TimeZoneRow | undefined {
  const v = metaGet(db, key);
  return v === undefined ? undefined : timeZoneRow(Number(v));
}

/** The site's zone (London unless set otherwise). */
export function siteTimeZone(db: DatabaseSync): TimeZoneRow {
  return zoneSetting(db, 'regional:timezone') ?? (timeZoneRow(DEFAULT_SITE_ZONE) as TimeZoneRow);
}

/** A person's own zone, where they have set one in their regional settings. */
export function userTimeZone(db: DatabaseSync, upn: string): TimeZoneRow | undefined {
  return zoneSetting(db, `regional:user:${upn.toLowerCase()}`);
}

/** Keeps the site's zone, and each demo person's own where they have one, unless already kept (a data file keeps changes). */
export function initRegionalSettings(db: DatabaseSync, users: readonly EmulatorUser[]): void {
  if (metaGet(db, 'regional:timezone') === undefined) metaSet(db, 'regional:timezone', String(DEFAULT_SITE_ZONE));
  for (const u of users) {
    const key = `regional:user:${u.userPrincipalName.toLowerCase()}`;
    if (u.timeZoneId !== undefined && metaGet(db, key) === undefined) metaSet(db, key, String(u.timeZoneId));
  }
}

/** What SharePoint puts on a page for the signed-in person (`_spPageContextInfo`), as far as time zones go. */
export function pageContextOf(db: DatabaseSync, upn: string): { webTimeZoneData: TimeZoneRow; userTimeZoneData: TimeZoneRow | null } {
  return { webTimeZoneData: siteTimeZone(db), userTimeZoneData: userTimeZone(db, upn) ?? null };
}

export function timeZoneEnt(rq: Rq, zone: TimeZoneRow, path: string): Ent {
  return new Ent({
    type: 'SP.TimeZone',
    uri: `${rq.site}/_api/${path}`,
    editLink: path,
    set: 'SP.ApiData.TimeZones',
    props: {
      Description: zone.Description,
      Id: zone.Id,
      Information: new Complex('SP.TimeZoneInformation', {
        Bias: zone.Bias,
        DaylightBias: zone.DaylightBias,
        StandardBias: zone.StandardBias,
      }),
    },
  });
}

/** `TimeZones(id)` / `TimeZones/GetById(id)`: SharePoint's zone, or its "not found" for an id it doesn't have. */
export function timeZoneById(id: number): TimeZoneRow {
  const zone = timeZoneRow(id);
  if (!zone) throw new SpError(404, CODE.argument, `The time zone with id ${id} does not exist.`);
  return zone;
}

export function timeZoneEnts(rq: Rq): Ent[] {
  return TIME_ZONE_IDS.map((id) => timeZoneEnt(rq, timeZoneRow(id) as TimeZoneRow, `Web/RegionalSettings/TimeZones(${id})`));
}

/**
 * SP.RegionalSettings of the web: a UK site (en-GB, LCID 2057: day before month, 24-hour clock,
 * weeks from Monday), with its time zone and the list of zones as navigation properties.
 */
export function regionalSettingsEnt(rq: Rq): Ent {
  return new Ent({
    type: 'SP.RegionalSettings',
    uri: `${rq.site}/_api/Web/RegionalSettings`,
    editLink: 'Web/RegionalSettings',
    set: 'SP.ApiData.RegionalSettingss',
    props: {
      AdjustHijriDays: 0,
      AlternateCalendarType: 0,
      AM: 'AM',
      CalendarType: 1,
      Collation: 25,
      CollationLCID: 2070,
      DateFormat: 1,
      DateSeparator: '/',
      DecimalSeparator: '.',
      DigitGrouping: '3;0',
      FirstDayOfWeek: 1,
      FirstWeekOfYear: 0,
      IsEastAsia: false,
      IsRightToLeft: false,
      IsUIRightToLeft: false,
      ListSeparator: ',',
      LocaleId: 2057,
      NegativeSign: '-',
      NegNumberMode: 1,
      PM: 'PM',
      PositiveSign: '',
      ShowWeeks: false,
      ThousandSeparator: ',',
      Time24: true,
      TimeMarkerPosition: 0,
      TimeSeparator: ':',
      WorkDayEndHour: 1020,
      WorkDays: 62,
      WorkDayStartHour: 480,
    },
    nav: {
      TimeZone: () => timeZoneEnt(rq, siteTimeZone(rq.db), 'Web/RegionalSettings/TimeZone'),
      TimeZones: () => timeZoneEnts(rq),
    },
  });
}
