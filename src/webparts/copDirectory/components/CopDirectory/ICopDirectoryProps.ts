import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { DirectoryQuery } from '../../../../domain/directoryFilter';
import type { DirectoryLayout } from '../../../../domain/directoryUrl';
import type { ProgrammeContact } from '../../../../domain/programmeContact';
import type { CopServices } from '../../../../domain/services';
import type { UrlStateStore } from '../../../../ui/hooks/urlState';

export interface ICopDirectoryProps {
  /** Data access; the web part builds it from its SPFx context, the workbench from the emulator. */
  services: CopServices;
  /** Heading shown above the directory; a default title when blank. */
  title: string;
  /** Cards or compact list, until the person (or the address) chooses otherwise. */
  defaultLayout?: DirectoryLayout;
  /** Group results under their practice area, until the person (or the address) chooses otherwise. */
  defaultGrouped?: boolean;
  /** Filters applied when the address holds none (e.g. one practice area's page). */
  defaultFilters?: Partial<DirectoryQuery>;
  /** Communities shown at first and added by each "Show more" (1–100; 12 when unset). */
  pageSize?: number;
  /** Show forming communities (recruiting founding members). Default true. */
  showForming?: boolean;
  /** Show closed communities. Default false. */
  showClosed?: boolean;
  /** The hub's community page with `{id}` for the community, e.g. `/sites/cop/SitePages/Community.aspx?community={id}`. */
  communityPageUrl?: string;
  /** The programme's contact, shown below the communities when set ("Questions or ideas? Contact …"). */
  contact?: ProgrammeContact;
  /** The section's theme (SharePoint theme variants); the page theme when unset. */
  theme?: PartialTheme;
  /** Where the view state is kept; the page address by default. */
  urlState?: UrlStateStore;
}
