/**
 * The demo accounts: fictional people at an example domain (RFC 2606), with their programme roles.
 * Deterministic, so tests and screenshots are stable. The POD team own the hub site; sponsors and
 * gardeners are ordinary site members whose extra rights come from the data (see DESIGN.md).
 */
import type { DemoRole, EmulatorUser } from './types.ts';

export const DEMO_DOMAIN = 'cophub.example';

/** Who a request acts as when it names nobody: an ordinary member of staff. */
export const DEFAULT_UPN = `sam.taylor@${DEMO_DOMAIN}`;

const DEPARTMENTS = [
  'Marketing and Communications',
  'Student Recruitment',
  'Planning and Insight',
  'Estates',
  'Human Resources',
  'Research Office',
  'IT Services',
  'Academic Registry',
  'Finance',
  'Library',
];
const OFFICES = ['Main Campus', 'City Campus', 'Remote'];

/** [given, family, roles, job title] — the first rows are the people the README and tests name. */
const PEOPLE: Array<[string, string, DemoRole[], string]> = [
  ['Priya', 'Desai', ['pod', 'staff'], 'POD Programme Lead'],
  ['Owen', 'Clarke', ['pod', 'staff'], 'Organisational Development Partner'],
  ['Hannah', 'Morris', ['pod', 'staff'], 'POD Coordinator'],
  ['Grace', 'Okafor', ['gardener', 'staff'], 'Senior Recruitment Officer'],
  ['Tom', 'Becker', ['gardener', 'staff'], 'Internal Communications Manager'],
  ['Aisha', 'Rahman', ['gardener', 'staff'], 'Digital Content Lead'],
  ['Liam', "O'Brien", ['gardener', 'staff'], 'Events Manager'],
  ['Mei', 'Chen', ['gardener', 'staff'], 'HR Business Partner'],
  ['Daniel', 'Novak', ['gardener', 'staff'], 'Insight Analyst'],
  ['Sofia', 'Rossi', ['gardener', 'staff'], 'Project Manager'],
  ['Kwame', 'Mensah', ['gardener', 'staff'], 'Widening Participation Officer'],
  ['Elena', 'Petrova', ['gardener', 'staff'], 'Technical Services Manager'],
  ['Yusuf', 'Ali', ['gardener', 'staff'], 'Research Development Manager'],
  ['Chloe', 'Dubois', ['gardener', 'staff'], 'Change Manager'],
  ['Margaret', 'Whitfield', ['sponsor', 'staff'], 'Director of Marketing'],
  ['Richard', 'Osei', ['sponsor', 'staff'], 'Chief Operating Officer'],
  ['Fiona', 'MacLeod', ['sponsor', 'staff'], 'Director of People'],
  ['Anand', 'Iyer', ['sponsor', 'staff'], 'Director of Planning'],
  ['Helen', 'Carter', ['sponsor', 'staff'], 'Academic Registrar'],
  ['Jonas', 'Lindqvist', ['sponsor', 'staff'], 'Director of Research'],
  ['Sam', 'Taylor', ['staff'], 'Administrator'],
];
const MORE_GIVEN = [
  'Alex',
  'Beth',
  'Carlos',
  'Dana',
  'Erin',
  'Farid',
  'Gemma',
  'Hiro',
  'Isla',
  'Jack',
  'Kiran',
  'Lucy',
  'Mateo',
  'Nina',
  'Omar',
  'Paula',
  'Quinn',
  'Rosa',
  'Sean',
  'Tara',
  'Umar',
  'Vera',
  'Will',
  'Xin',
  'Yara',
  'Zoe',
  'Ben',
  'Cara',
  'Dev',
  'Ella',
  'Finn',
  'Gwen',
  'Hugo',
  'Ines',
  'Joel',
  'Kate',
  'Leo',
  'Maya',
  'Noah',
];
const MORE_FAMILY = [
  'Adams',
  'Baker',
  'Costa',
  'Doyle',
  'Evans',
  'Farah',
  'Green',
  'Hughes',
  'Ito',
  'Jones',
  'Khan',
  'Lewis',
  'Moreno',
  'Nguyen',
  'Owusu',
  'Patel',
  'Quist',
  'Reid',
  'Singh',
  'Turner',
  'Usman',
  'Vance',
  'Walsh',
  'Xu',
  'Young',
  'Zhang',
  'Brooks',
  'Cruz',
  'Dunn',
  'Ellis',
  'Ford',
  'Gill',
  'Hale',
  'Irwin',
  'Joshi',
  'Kerr',
  'Lowe',
  'Mills',
  'Nash',
];

/**
 * People who have set their own regional settings' time zone (SharePoint's ids, see
 * sharepoint/regional.ts); everyone else sees the site's (London). Chloe works from New York.
 */
const OWN_TIME_ZONES: Readonly<Record<string, number>> = {
  [`chloe.dubois@${DEMO_DOMAIN}`]: 10, // (UTC-05:00) Eastern Time (US and Canada)
};

/** A stable GUID-shaped id derived from a counter, so Graph ids never change between runs. */
export function demoGuid(n: number, prefix = '0000'): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.padStart(8, '0')}-0000-4000-8000-${hex}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
}

function build(): EmulatorUser[] {
  const rows: Array<[string, string, DemoRole[], string]> = [...PEOPLE];
  for (let i = 0; i < MORE_GIVEN.length; i++) {
    rows.push([MORE_GIVEN[i], MORE_FAMILY[i], ['staff'], i % 3 === 0 ? 'Officer' : i % 3 === 1 ? 'Administrator' : 'Coordinator']);
  }
  return rows.map(([given, family, roles, jobTitle], i) => {
    const upn = `${slug(given)}.${slug(family)}@${DEMO_DOMAIN}`;
    return {
      id: demoGuid(i + 1, 'a11ce'),
      userPrincipalName: upn,
      mail: upn,
      displayName: `${given} ${family}`,
      givenName: given,
      surname: family,
      jobTitle,
      department: DEPARTMENTS[i % DEPARTMENTS.length],
      officeLocation: OFFICES[i % OFFICES.length],
      roles,
      ...(OWN_TIME_ZONES[upn] === undefined ? {} : { timeZoneId: OWN_TIME_ZONES[upn] }),
    };
  });
}

export const DEMO_USERS: readonly EmulatorUser[] = build();

export function findUser(users: readonly EmulatorUser[], upnOrId: string): EmulatorUser | undefined {
  const key = upnOrId.toLowerCase();
  return users.find((u) => u.userPrincipalName.toLowerCase() === key || u.id === key);
}
