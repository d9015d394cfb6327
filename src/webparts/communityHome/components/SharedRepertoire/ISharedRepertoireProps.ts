import type { IContentService, IHubSearchService } from '../../../../domain/services';

export interface ISharedRepertoireProps {
  /** The community whose resources are shown. */
  communityId: number;
  /** Reads and adds resources. */
  content: Pick<IContentService, 'resources' | 'addResource'>;
  /** Hub search, for "search all communities" (another community's template, say); absent, not offered. */
  search?: IHubSearchService;
  /** The current time, for the "due for review" flag; tests pass a fixed one. */
  now?: () => Date;
}
