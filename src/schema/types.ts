/** The shapes of the list schema: what provisioning ensures, the emulator sets up and tests read. */

export type FieldKind =
  'Text' | 'Note' | 'Number' | 'DateTime' | 'Boolean' | 'Choice' | 'MultiChoice' | 'User' | 'UserMulti' | 'Lookup' | 'URL';

export interface FieldSpec {
  /** Internal name; also the REST property name (person and lookup fields add an `Id` suffix). */
  name: string;
  title: string;
  kind: FieldKind;
  required?: boolean;
  /** Indexed so filters and sorts on it stay under the 5,000-item list view threshold. */
  indexed?: boolean;
  /**
   * Enforce unique values (needs `indexed`): SharePoint refuses a second item with the same value
   * (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee536168(v=office.14)).
   */
  unique?: boolean;
  /** Kept off the list's forms and column pickers: a value only the code writes. */
  hidden?: boolean;
  /** Older sites work without it (the code falls back): setup adds it, the setup check does not ask for it. */
  optional?: boolean;
  choices?: readonly string[];
  defaultValue?: string;
  /** Text length limit enforced by SharePoint (Text fields allow at most 255). */
  maxLength?: number;
  /** For Lookup fields: the title of the list looked up (its Title column). */
  lookupList?: string;
  description?: string;
  /**
   * Column formatting JSON (https://learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting),
   * set as the field's CustomFormatter so the lists read well for the people who work in them.
   */
  customFormatter?: Record<string, unknown>;
}

export type SiteGroup = 'owners' | 'members' | 'visitors';
export type RoleName = 'Full Control' | 'Edit' | 'Contribute' | 'Read';

export interface ListPermissions {
  /** Break inheritance from the site and grant exactly these roles. */
  unique: boolean;
  grants: Array<{ group: SiteGroup; role: RoleName }>;
}

export interface ViewSpec {
  title: string;
  fields: string[];
  /** CAML <Query> inner XML (Where/OrderBy), as SharePoint views store it. */
  query?: string;
  rowLimit?: number;
  isDefault?: boolean;
}

export interface ListSpec {
  title: string;
  /** Server-relative URL segment under /Lists/. */
  url: string;
  description: string;
  fields: FieldSpec[];
  /** Built-in columns that need an index too (e.g. Author for "my items"). */
  indexedBuiltIns?: string[];
  /** 1 = read all items, 2 = read own items only. */
  readSecurity?: 1 | 2;
  /** 1 = edit all items, 2 = edit own items only, 4 = none. */
  writeSecurity?: 1 | 2 | 4;
  /** Keeps the list's items out of SharePoint Search (the list's NoCrawl, "appear in search results: No"). */
  noCrawl?: boolean;
  /** Content approval: new and edited items stay pending until someone with Approve Items decides. */
  enableModeration?: boolean;
  /**
   * Who sees items awaiting approval: 0 anyone who can read, 1 editors, 2 approvers (and always the
   * author). SharePoint sets 2 when approval is switched on, so the schema says it explicitly.
   */
  draftVisibility?: 0 | 1 | 2;
  enableVersioning?: boolean;
  /** Items live in one folder per community (unique permissions let its gardeners approve). */
  folderPerCommunity?: boolean;
  /**
   * The grants each community folder gets (with its gardeners' approve level), when they differ from
   * the list's: members add items only inside a folder setup made, never at the list's root.
   */
  folderGrants?: ListPermissions['grants'];
  /**
   * The level a community's gardeners get on its folder: the "CoP Gardener (approve)" level when not
   * given (they decide what others add); Contribute where they write the items themselves (Events);
   * 'none' where they hold nothing more than anyone else (Registrations).
   */
  gardenerRole?: RoleName | 'none';
  /** One more folder, HUB_FOLDER, with the folder grants and no gardeners: for what belongs to no community. */
  hubFolder?: boolean;
  permissions: ListPermissions;
  views: ViewSpec[];
  /** Older sites work without it (the code falls back): setup makes it, the setup check does not ask for it. */
  optional?: boolean;
}
