/**
 * The viewer's time zone, from what SharePoint puts on the page. SPFx's
 * `pageContext.legacyPageContext` (SharePoint's `_spPageContextInfo`) carries `webTimeZoneData`, the
 * site's regional settings, and `userTimeZoneData`, present only when the person has set their own
 * (SharePoint's personal regional settings); each is `{ Id, Description, Bias, DaylightBias,
 * StandardBias, DaylightDate, StandardDate }`, which SPFx itself reads into `pageContext.web.timeZoneInfo`
 * and `pageContext.user.timeZoneInfo` (beta: https://learn.microsoft.com/javascript/api/sp-page-context/sptimezone).
 * Reading them costs no request.
 *
 * `Id` is SharePoint's own numbering of time zones (SP.TimeZone, `_api/web/RegionalSettings/TimeZones`,
 * listed at https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247008(v=office.15)),
 * not an IANA name, and a Bias alone can't say when daylight saving starts: so the id is mapped to
 * the IANA zone of the cities SharePoint names for it, and the browser's Intl does the rest, across
 * every daylight-saving change.
 */

/** SharePoint time zone id → IANA zone of the cities SharePoint names for it. */
export const SHAREPOINT_TIME_ZONES: Readonly<Record<number, string>> = {
  2: 'Europe/London', // Dublin, Edinburgh, Lisbon, London
  3: 'Europe/Paris', // Brussels, Copenhagen, Madrid, Paris
  4: 'Europe/Berlin', // Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
  5: 'Europe/Bucharest', // Athens, Bucharest
  6: 'Europe/Budapest', // Belgrade, Bratislava, Budapest, Ljubljana, Prague
  7: 'Europe/Minsk', // Minsk
  8: 'America/Sao_Paulo', // Brasilia
  9: 'America/Halifax', // Atlantic Time (Canada)
  10: 'America/New_York', // Eastern Time (US and Canada)
  11: 'America/Chicago', // Central Time (US and Canada)
  12: 'America/Denver', // Mountain Time (US and Canada)
  13: 'America/Los_Angeles', // Pacific Time (US and Canada)
  14: 'America/Anchorage', // Alaska
  15: 'Pacific/Honolulu', // Hawaii
  16: 'Pacific/Pago_Pago', // Midway Island, Samoa
  17: 'Pacific/Auckland', // Auckland, Wellington
  18: 'Australia/Brisbane', // Brisbane
  19: 'Australia/Adelaide', // Adelaide
  20: 'Asia/Tokyo', // Osaka, Sapporo, Tokyo
  21: 'Asia/Singapore', // Kuala Lumpur, Singapore
  22: 'Asia/Bangkok', // Bangkok, Hanoi, Jakarta
  23: 'Asia/Kolkata', // Chennai, Kolkata, Mumbai, New Delhi
  24: 'Asia/Dubai', // Abu Dhabi, Muscat
  25: 'Asia/Tehran', // Tehran
  26: 'Asia/Baghdad', // Baghdad
  27: 'Asia/Jerusalem', // Jerusalem
  28: 'America/St_Johns', // Newfoundland
  29: 'Atlantic/Azores', // Azores
  30: 'Etc/GMT+2', // Mid-Atlantic (UTC-02:00; IANA's Etc signs are inverted)
  31: 'Atlantic/Reykjavik', // Monrovia, Reykjavik
  32: 'America/Cayenne', // Cayenne, Fortaleza
  33: 'America/La_Paz', // Georgetown, La Paz, Manaus, San Juan
  34: 'America/Indiana/Indianapolis', // Indiana (East)
  35: 'America/Bogota', // Bogota, Lima, Quito
  36: 'America/Regina', // Saskatchewan
  37: 'America/Mexico_City', // Guadalajara, Mexico City, Monterrey
  38: 'America/Phoenix', // Arizona
  39: 'Etc/GMT+12', // International Date Line West
  40: 'Pacific/Fiji', // Fiji, Marshall Is.
  41: 'Pacific/Guadalcanal', // Magadan, Solomon Is., New Caledonia
  42: 'Australia/Hobart', // Hobart
  43: 'Pacific/Port_Moresby', // Guam, Port Moresby
  44: 'Australia/Darwin', // Darwin
  45: 'Asia/Shanghai', // Beijing, Chongqing, Hong Kong SAR, Urumqi
  46: 'Asia/Novosibirsk', // Novosibirsk
  47: 'Asia/Tashkent', // Tashkent
  48: 'Asia/Kabul', // Kabul
  49: 'Africa/Cairo', // Cairo
  50: 'Africa/Johannesburg', // Harare, Pretoria
  51: 'Europe/Moscow', // Moscow, St. Petersburg, Volgograd
  53: 'Atlantic/Cape_Verde', // Cape Verde Is.
  54: 'Asia/Baku', // Baku
  55: 'America/Guatemala', // Central America
  56: 'Africa/Nairobi', // Nairobi
  57: 'Europe/Warsaw', // Sarajevo, Skopje, Warsaw, Zagreb
  58: 'Asia/Yekaterinburg', // Ekaterinburg
  59: 'Europe/Helsinki', // Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius
  60: 'America/Godthab', // Greenland
  61: 'Asia/Yangon', // Yangon (Rangoon)
  62: 'Asia/Kathmandu', // Kathmandu
  63: 'Asia/Irkutsk', // Irkutsk
  64: 'Asia/Krasnoyarsk', // Krasnoyarsk
  65: 'America/Santiago', // Santiago
  66: 'Asia/Colombo', // Sri Jayawardenepura
  67: 'Pacific/Tongatapu', // Nuku'alofa
  68: 'Asia/Vladivostok', // Vladivostok
  69: 'Africa/Lagos', // West Central Africa
  70: 'Asia/Yakutsk', // Yakutsk
  71: 'Asia/Almaty', // Astana
  72: 'Asia/Seoul', // Seoul
  73: 'Australia/Perth', // Perth
  74: 'Asia/Riyadh', // Kuwait, Riyadh
  75: 'Asia/Taipei', // Taipei
  76: 'Australia/Sydney', // Canberra, Melbourne, Sydney
  77: 'America/Mazatlan', // Chihuahua, La Paz, Mazatlan
  78: 'America/Tijuana', // Tijuana, Baja California
  79: 'Asia/Amman', // Amman
  80: 'Asia/Beirut', // Beirut
  81: 'America/Manaus', // Manaus
  82: 'Asia/Tbilisi', // Tbilisi
  83: 'Africa/Windhoek', // Windhoek
  84: 'Asia/Yerevan', // Yerevan
  85: 'America/Argentina/Buenos_Aires', // Buenos Aires
  86: 'Africa/Casablanca', // Casablanca
  87: 'Asia/Karachi', // Islamabad, Karachi
  88: 'America/Caracas', // Caracas
  89: 'Indian/Mauritius', // Port Louis
  90: 'America/Montevideo', // Montevideo
  91: 'America/Asuncion', // Asuncion
  92: 'Asia/Kamchatka', // Petropavlovsk-Kamchatsky
  93: 'UTC', // Coordinated Universal Time
  94: 'Asia/Ulaanbaatar', // Ulaanbaatar
};

/** One of `legacyPageContext`'s `userTimeZoneData` / `webTimeZoneData` (only the id is needed here). */
export interface SharePointTimeZoneData {
  Id?: number;
  Description?: string;
  Bias?: number;
  DaylightBias?: number;
  StandardBias?: number;
}

/** A value of SharePoint's page context, which has null where a person has no settings of their own (a legacy API). */
// eslint-disable-next-line @rushstack/no-new-null
export type PageValue<T> = T | null | undefined;

/** The part of SPFx's `legacyPageContext` (typed `any` by SPFx) that carries the time zones. */
export interface TimeZonePageData {
  userTimeZoneData?: PageValue<SharePointTimeZoneData>;
  webTimeZoneData?: PageValue<SharePointTimeZoneData>;
}

/** The zone as given if this browser's Intl knows it, else undefined. */
export function supportedTimeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined; // RangeError: not a zone this browser knows
  }
}

/** The IANA zone for SharePoint's time zone data, or undefined for missing data or an id with no zone here. */
export function zoneOfSharePoint(data: PageValue<SharePointTimeZoneData>): string | undefined {
  const id = data?.Id;
  if (typeof id !== 'number' || !Object.prototype.hasOwnProperty.call(SHAREPOINT_TIME_ZONES, id)) return undefined;
  return supportedTimeZone(SHAREPOINT_TIME_ZONES[id]);
}

/**
 * The zone CoP Hub shows times in: the person's own regional settings, else the site's, else
 * undefined (the browser's own zone). Never throws, whatever the page carries.
 */
export function viewerTimeZone(page: PageValue<TimeZonePageData>): string | undefined {
  return zoneOfSharePoint(page?.userTimeZoneData) ?? zoneOfSharePoint(page?.webTimeZoneData);
}

/**
 * SharePoint's `Bias` for a zone: minutes west of UTC in standard time (UTC = local time + Bias), the
 * smaller of its January and July offsets being its standard one in either hemisphere.
 */
export function standardBias(zone: string, year = new Date().getUTCFullYear()): number {
  const offset = (month: number): number => {
    const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(Date.UTC(year, month, 15, 12)))
      .find((p) => p.type === 'timeZoneName');
    const m = /GMT([+-])(\d\d):(\d\d)/.exec(part?.value ?? '');
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  };
  return 0 - Math.min(offset(0), offset(6));
}
