import type { DirectoryFacets, DirectoryQuery } from '../../../../domain/directoryFilter';
import type { DirectoryLayout } from '../../../../domain/directoryUrl';

export interface IDirectoryToolbarProps {
  /** The current search text and filters. */
  query: DirectoryQuery;
  /** The values each filter offers, drawn from the communities shown. */
  facets: DirectoryFacets;
  /** Cards or compact list. */
  layout: DirectoryLayout;
  /** Changes part of the query. */
  onQueryChange: (patch: Partial<DirectoryQuery>) => void;
  onLayoutChange: (layout: DirectoryLayout) => void;
  /** True when results are grouped under their practice area. */
  grouped: boolean;
  onGroupedChange: (grouped: boolean) => void;
  /** Removes the search text and every filter. */
  onClearFilters: () => void;
}
