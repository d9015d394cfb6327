/**
 * The JSON shapes Graph returns for users, groups, people, presence and teams, with the property
 * catalogues $select is checked against and the $filter / $search support of each resource.
 */
import { DEMO_DOMAIN } from '../identities.ts';
import type { Json } from './http.ts';
import type { FilterSpec } from './odata-filter.ts';
import type { GroupRow, UserRow } from './store.ts';

export const TENANT_ID = '7e4a0000-0000-4000-8000-000000000001';

/**
 * Properties a user returns without $select in v1.0
 * (https://learn.microsoft.com/graph/api/user-get#optional-query-parameters). Others, such as
 * department, come back only when $select names them: the emulator does the same.
 */
export const USER_DEFAULT_PROPS = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

/** Real user properties that the emulator does not model: selecting one is a 501, not a wrong answer. */
export const USER_UNMODELLED = new Set([
  'aboutMe',
  'birthday',
  'hireDate',
  'interests',
  'mySite',
  'pastProjects',
  'preferredName',
  'responsibilities',
  'schools',
  'skills',
  'mailboxSettings',
  'licenseAssignmentStates',
  'assignedLicenses',
  'assignedPlans',
  'provisionedPlans',
  'signInActivity',
  'customSecurityAttributes',
  'authorizationInfo',
  'print',
]);

export function userEntity(u: UserRow): Json {
  return {
    id: u.id,
    businessPhones: [`+44 20 7946 ${String(1000 + u.ordinal).slice(-4)}`],
    displayName: u.display_name,
    givenName: u.given_name,
    jobTitle: u.job_title,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: u.office_location,
    preferredLanguage: 'en-GB',
    surname: u.surname,
    userPrincipalName: u.upn,
    department: u.department,
    accountEnabled: true,
    ageGroup: null,
    city: null,
    companyName: 'CoP Hub Demo Organisation',
    country: 'United Kingdom',
    createdDateTime: '2024-09-01T08:00:00Z',
    creationType: null,
    deletedDateTime: null,
    employeeHireDate: null,
    employeeId: String(100000 + u.ordinal),
    employeeType: 'Employee',
    externalUserState: null,
    faxNumber: null,
    identities: [{ signInType: 'userPrincipalName', issuer: DEMO_DOMAIN, issuerAssignedId: u.upn }],
    imAddresses: [u.upn],
    isResourceAccount: null,
    mailNickname: u.upn.split('@')[0],
    onPremisesSyncEnabled: null,
    otherMails: [],
    passwordPolicies: null,
    postalCode: null,
    proxyAddresses: [`SMTP:${u.mail}`],
    showInAddressList: null,
    state: null,
    streetAddress: null,
    usageLocation: 'GB',
    userType: 'Member',
  };
}

export const USER_PROPS = new Set(
  Object.keys(
    userEntity({
      id: '',
      ordinal: 0,
      upn: 'x@y',
      mail: '',
      display_name: '',
      given_name: '',
      surname: '',
      job_title: '',
      department: '',
      office_location: '',
      roles: '',
    }),
  ),
);

/** $filter support on users (https://learn.microsoft.com/graph/aad-advanced-queries#user-properties). */
export const USER_FILTER: FilterSpec = {
  resource: 'User',
  props: new Set([
    'id',
    'displayName',
    'givenName',
    'surname',
    'mail',
    'userPrincipalName',
    'department',
    'jobTitle',
    'officeLocation',
    'accountEnabled',
    'userType',
    'employeeId',
    'companyName',
    'country',
    'usageLocation',
    'mailNickname',
  ]),
  collections: new Set(['proxyAddresses', 'otherMails', 'imAddresses']),
  directory: true,
};

/** $search on users: tokenized for displayName, prefix match for the rest (https://learn.microsoft.com/graph/search-query-parameter). */
export const USER_SEARCH = new Set([
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'department',
  'mailNickname',
  'employeeId',
  'proxyAddresses',
]);

export function groupMail(g: GroupRow): string {
  return `${g.mail_nickname}@${DEMO_DOMAIN}`;
}

/** A Microsoft 365 group as https://learn.microsoft.com/graph/api/resources/group describes it. */
export function groupEntity(g: GroupRow): Json {
  const mail = groupMail(g);
  return {
    id: g.id,
    deletedDateTime: null,
    classification: null,
    createdDateTime: g.created,
    creationOptions: g.has_team ? ['Team', 'ExchangeProvisioningFlags:3552'] : [],
    description: g.description,
    displayName: g.display_name,
    expirationDateTime: null,
    groupTypes: ['Unified'],
    isAssignableToRole: null,
    mail,
    mailEnabled: true,
    mailNickname: g.mail_nickname,
    membershipRule: null,
    membershipRuleProcessingState: null,
    onPremisesDomainName: null,
    onPremisesLastSyncDateTime: null,
    onPremisesNetBiosName: null,
    onPremisesSamAccountName: null,
    onPremisesSecurityIdentifier: null,
    onPremisesSyncEnabled: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    proxyAddresses: [`SMTP:${mail}`],
    renewedDateTime: g.created,
    resourceBehaviorOptions: [],
    resourceProvisioningOptions: g.has_team ? ['Team'] : [],
    securityEnabled: false,
    securityIdentifier: `S-1-12-1-${g.ordinal}`,
    theme: null,
    uniqueName: null,
    visibility: g.visibility,
    onPremisesProvisioningErrors: [],
    serviceProvisioningErrors: [],
  };
}

export const GROUP_PROPS = new Set(
  Object.keys(
    groupEntity({
      id: '',
      ordinal: 0,
      display_name: '',
      mail_nickname: '',
      description: null,
      visibility: 'Public',
      has_team: 0,
      created: '',
    }),
  ),
);

/** $filter support on groups (https://learn.microsoft.com/graph/aad-advanced-queries#group-properties). */
export const GROUP_FILTER: FilterSpec = {
  resource: 'Group',
  props: new Set([
    'id',
    'displayName',
    'mail',
    'mailNickname',
    'mailEnabled',
    'securityEnabled',
    'description',
    'visibility',
    'createdDateTime',
  ]),
  collections: new Set(['groupTypes', 'resourceProvisioningOptions', 'proxyAddresses']),
  directory: true,
};

export const GROUP_SEARCH = new Set(['displayName', 'description', 'mail', 'mailNickname', 'proxyAddresses']);

/** Filter spec for a directoryObject collection holding users and groups. */
export const DIRECTORY_FILTER: FilterSpec = {
  resource: 'DirectoryObject',
  props: new Set([...USER_FILTER.props, ...GROUP_FILTER.props]),
  collections: new Set([...USER_FILTER.collections, ...GROUP_FILTER.collections]),
  directory: true,
};

/** A person as the People API returns it (https://learn.microsoft.com/graph/api/resources/person). */
export function personEntity(u: UserRow, relevance: number): Json {
  return {
    id: u.id,
    displayName: u.display_name,
    givenName: u.given_name,
    surname: u.surname,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: u.job_title,
    companyName: 'CoP Hub Demo Organisation',
    yomiCompany: '',
    department: u.department,
    officeLocation: u.office_location,
    profession: '',
    userPrincipalName: u.upn,
    imAddress: `sip:${u.upn}`,
    scoredEmailAddresses: [{ address: u.mail, relevanceScore: relevance, selectionLikelihood: 'notSpecified' }],
    phones: [{ type: 'business', number: `+44 20 7946 ${String(1000 + u.ordinal).slice(-4)}` }],
    personType: { class: 'Person', subclass: 'OrganizationUser' },
  };
}

export const PERSON_PROPS = new Set(
  Object.keys(
    personEntity(
      {
        id: '',
        ordinal: 0,
        upn: 'x@y',
        mail: '',
        display_name: '',
        given_name: '',
        surname: '',
        job_title: '',
        department: '',
        office_location: '',
        roles: '',
      },
      0,
    ),
  ),
);

/** The People API filters on a few properties only (https://learn.microsoft.com/graph/people-insights-overview). */
export const PERSON_FILTER: FilterSpec = {
  resource: 'Person',
  props: new Set([
    'personType/class',
    'personType/subclass',
    'id',
    'displayName',
    'department',
    'jobTitle',
    'officeLocation',
    'companyName',
    'userPrincipalName',
  ]),
  collections: new Set(['scoredEmailAddresses']),
  directory: false,
};

/** A team's summary as /me/joinedTeams returns it (https://learn.microsoft.com/graph/api/user-list-joinedteams). */
export function teamEntity(g: GroupRow, full: boolean): Json {
  const base: Json = { id: g.id, displayName: g.display_name, description: g.description, isArchived: false, tenantId: TENANT_ID };
  if (!full) return base;
  return {
    ...base,
    createdDateTime: g.created,
    classification: null,
    specialization: 'none',
    visibility: g.visibility.toLowerCase(),
    webUrl: `https://teams.microsoft.com/l/team/19%3a${g.id.replace(/-/g, '')}%40thread.tacv2/conversations?groupId=${g.id}&tenantId=${TENANT_ID}`,
    isMembershipLimitedToOwners: false,
    memberSettings: {
      allowCreateUpdateChannels: true,
      allowDeleteChannels: true,
      allowAddRemoveApps: true,
      allowCreateUpdateRemoveTabs: true,
      allowCreateUpdateRemoveConnectors: true,
    },
    guestSettings: { allowCreateUpdateChannels: false, allowDeleteChannels: false },
    messagingSettings: {
      allowUserEditMessages: true,
      allowUserDeleteMessages: true,
      allowOwnerDeleteMessages: true,
      allowTeamMentions: true,
      allowChannelMentions: true,
    },
    funSettings: { allowGiphy: true, giphyContentRating: 'moderate', allowStickersAndMemes: true, allowCustomMemes: true },
  };
}
