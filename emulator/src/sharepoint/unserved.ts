/**
 * What SharePoint Online serves and the emulator does not, by name, so that a request for it is
 * refused as an emulator limit (`unsupported`: 400, System.NotSupportedException, "The emulator
 * does not support …") instead of in SharePoint's words for a client mistake ("Cannot find resource
 * for the request …", "The field or property … does not exist"), which SharePoint keeps for names it
 * doesn't have. Every name here is a real REST segment, property or method of the SharePoint
 * Online REST API: https://learn.microsoft.com/sharepoint/dev/sp-add-ins/get-to-know-the-sharepoint-rest-service,
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest,
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest,
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference,
 * as @pnp/sp calls them (https://pnp.github.io/pnpjs/sp/). Top-level endpoints (search, user
 * profiles, site pages...) are in router.ts NOT_EMULATED.
 */

/** Path segments (functions or navigation properties) after a node of the router, by node kind. */
const SEGMENTS: Record<string, Record<string, string>> = {
  web: {
    rootfolder: "the web's root folder",
    fields: 'site columns (web-level fields)',
    availablefields: 'site columns (web-level fields)',
    contenttypes: 'site content types',
    availablecontenttypes: 'site content types',
    webs: 'subsites',
    features: 'features',
    navigation: 'navigation',
    allproperties: 'the web property bag',
    files: 'files',
    getfilebyserverrelativeurl: 'files and document libraries',
    getfilebyserverrelativepath: 'files and document libraries',
    getfilebyid: 'files and document libraries',
    getfilebyurl: 'files and document libraries',
    getfolderbyid: 'folders by id',
    defaultdocumentlibrary: 'document libraries',
    usercustomactions: 'user custom actions',
    recyclebin: 'the recycle bin',
    siteuserinfolist: 'the user information list',
    getchanges: 'the change log',
    doesuserhavepermissions: 'doesUserHavePermissions (use getUserEffectivePermissions)',
    getcatalog: 'list catalogs',
    hubsitedata: 'hub sites',
  },
  // The web's regional settings, its time zone and the list of zones are served (regional.ts); these are not.
  regional: {
    installedlanguages: 'installed languages (RegionalSettings/InstalledLanguages)',
    getinstalledlanguages: 'installed languages (RegionalSettings/getInstalledLanguages)',
  },
  timezone: {
    utctolocaltime: "time zone conversion (TimeZone/UtcToLocalTime; the zone's Information gives its offsets)",
    localtimetoutc: "time zone conversion (TimeZone/LocalTimeToUTC; the zone's Information gives its offsets)",
  },
  lists: {
    ensuresiteassetslibrary: 'document libraries',
    ensuresitepageslibrary: 'document libraries',
    ensureclientrenderedsitepageslibrary: 'document libraries',
  },
  list: {
    getitems: 'CAML queries (list getItems)',
    renderlistdataasstream: 'renderListDataAsStream',
    renderlistdata: 'renderListData',
    getchanges: 'the change log (list getChanges)',
    getlistitemchangessincetoken: 'the change log (getListItemChangesSinceToken)',
    reservelistitemid: 'reserveListItemId',
    getview: 'list getView (use views/getById)',
    getrelatedfields: 'related fields',
    getitembystringid: 'getItemByStringId',
    eventreceivers: 'event receivers',
    forms: 'list forms',
    usercustomactions: 'user custom actions',
    informationrightsmanagementsettings: 'information rights management',
    subscriptions: 'webhook subscriptions',
    addvalidateupdateitem: 'AddValidateUpdateItem (use AddValidateUpdateItemUsingPath)',
  },
  item: {
    fieldvaluesastext: 'FieldValuesAsText',
    fieldvaluesashtml: 'FieldValuesAsHtml',
    fieldvaluesforedit: 'FieldValuesForEdit',
    attachmentfiles: 'attachments',
    file: 'files and document libraries',
    contenttype: "an item's content type",
    likedbyinformation: 'likes',
    parentlist: "an item's parentList (address the list directly)",
    properties: 'item property bags',
    getsharinginformation: 'sharing information',
  },
  fields: {
    adddependentlookupfield: 'dependent lookup fields',
  },
  view: {
    setviewxml: 'SetViewXml',
    renderashtml: 'renderAsHtml',
  },
  folder: {
    files: 'files and document libraries',
    properties: 'folder property bags',
    storagemetrics: 'storage metrics',
    moveto: 'moving folders',
    movetousingpath: 'moving folders',
    copytousingpath: 'copying folders',
  },
  folders: {
    add: 'folders/add (use addUsingPath)',
  },
  group: {
    owner: "a group's owner as a path (use $expand=Owner)",
    setuserasowner: 'changing a group owner',
  },
};

/** Properties of SharePoint's entity types the emulator's JSON leaves out, for $select/$expand/$filter. */
const PROPERTIES: Record<string, string[]> = {
  'SP.Web': [
    'RootFolder',
    'Fields',
    'AvailableFields',
    'Folders',
    'Lists',
    'Webs',
    'ContentTypes',
    'AvailableContentTypes',
    'SiteUsers',
    'SiteGroups',
    'RoleDefinitions',
    'RoleAssignments',
    'AllProperties',
    'Navigation',
    'UserCustomActions',
    'Features',
    'RegionalSettings',
    'SiteUserInfoList',
    'EventReceivers',
    'ListTemplates',
    'RecycleBin',
    'ThemeInfo',
    'FirstUniqueAncestorSecurableObject',
    'SiteLogoDescription',
    'HeaderLayout',
    'HeaderEmphasis',
    'FooterEnabled',
    'MegaMenuEnabled',
    'IsHomepageModernized',
    'IsProvisioningComplete',
    'SearchScope',
    'DesignPackageId',
  ],
  'SP.List': [
    'Fields',
    'Views',
    'Items',
    'ContentTypes',
    'DefaultView',
    'Forms',
    'EventReceivers',
    'RoleAssignments',
    'SchemaXml',
    'DefaultViewUrl',
    'DefaultDisplayFormUrl',
    'DefaultEditFormUrl',
    'DefaultNewFormUrl',
    'UserCustomActions',
    'InformationRightsManagementSettings',
    'Subscriptions',
  ],
  'SP.User': ['Alerts'],
  'SP.Group': [],
  'SP.Folder': ['Files', 'ParentFolder', 'Properties', 'StorageMetrics', 'ContentTypeOrder', 'UniqueContentTypeOrder'],
};

/** HTTP methods SharePoint accepts on a resource and the emulator does not, by node kind. */
const METHODS: Record<string, Record<string, string>> = {
  user: { MERGE: 'changing a site user (MERGE on a user)', DELETE: 'deleting a site user (DELETE on a user)' },
  group: { MERGE: 'changing a site group (MERGE on a group)' },
  folder: { MERGE: 'changing folder properties (MERGE on a folder)' },
  web: { DELETE: 'deleting the web' },
  regional: { MERGE: "changing the web's regional settings (MERGE on RegionalSettings)" },
  timezone: { MERGE: 'changing a time zone (MERGE on a TimeZone)' },
};

/** What to call a real segment the emulator doesn't serve after a node of kind `kind`, if it is one. */
export function unservedSegment(kind: string, name: string): string | undefined {
  return SEGMENTS[kind]?.[name];
}

export function unservedProperty(type: string, name: string): boolean {
  return (PROPERTIES[type] ?? []).some((p) => p.toLowerCase() === name.toLowerCase());
}

export function unservedMethod(kind: string, method: string): string | undefined {
  return METHODS[kind]?.[method];
}
