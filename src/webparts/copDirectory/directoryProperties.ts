/**
 * The directory web part's properties (what its property pane edits and a page stores) and how they
 * become the React root's props: one module, so the web part and the workbench run the same mapping.
 */
import type { DirectoryLayout } from '../../domain/directoryUrl';
import type { CommunityStatus } from '../../domain/models';
import type { ICopDirectoryProps } from './components/CopDirectory/ICopDirectoryProps';

export interface ICopDirectoryWebPartProps {
  title: string;
  defaultLayout: DirectoryLayout;
  /** Group results under their practice area at first. */
  groupByPracticeArea: boolean;
  pageSize: number;
  /** One practice area to start with ('' for all). */
  defaultPracticeArea: string;
  /** One stage to start with ('' for all). */
  defaultStatus: CommunityStatus | '';
  defaultMineOnly: boolean;
  showForming: boolean;
  showClosed: boolean;
  communityPageUrl: string;
  contactRole: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** What a new directory starts with: the manifest's preconfigured entry holds the same (a test checks). */
export const DIRECTORY_DEFAULTS: Readonly<ICopDirectoryWebPartProps> = {
  title: 'Communities of practice',
  defaultLayout: 'cards',
  groupByPracticeArea: false,
  pageSize: 12,
  defaultPracticeArea: '',
  defaultStatus: '',
  defaultMineOnly: false,
  showForming: true,
  showClosed: false,
  communityPageUrl: '',
  contactRole: 'Head of Communities of Practice',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** The props that come from the properties; the host adds services, the section's theme and the like. */
export type DirectoryPropsFromProperties = Omit<ICopDirectoryProps, 'services' | 'theme' | 'urlState'>;

/**
 * The React root's props from stored properties. A page saved before a property existed lacks it:
 * forming communities then show (as they did before `showForming`), every other switch is off and
 * every text empty.
 */
export function directoryProps(p: Readonly<Partial<ICopDirectoryWebPartProps>>): DirectoryPropsFromProperties {
  return {
    title: p.title ?? '',
    defaultLayout: p.defaultLayout,
    defaultGrouped: !!p.groupByPracticeArea,
    defaultFilters: {
      practiceAreas: p.defaultPracticeArea ? [p.defaultPracticeArea] : [],
      statuses: p.defaultStatus ? [p.defaultStatus] : [],
      mineOnly: !!p.defaultMineOnly,
    },
    pageSize: p.pageSize,
    showForming: p.showForming !== false,
    showClosed: !!p.showClosed,
    communityPageUrl: p.communityPageUrl,
    contact: { role: p.contactRole ?? '', name: p.contactName ?? '', email: p.contactEmail ?? '', phone: p.contactPhone ?? '' },
  };
}
