import type { IContentService, IHubSearchService } from '../../../../domain/services';

export interface ISharedRepertoireProps {
  /** The community whose resources are shown. */
  communityId: number;
  /** Reads, adds, and changes or removes my own resources. */
  content: Pick<IContentService, 'resources' | 'addResource' | 'updateResource' | 'removeResource'>;
  /** My hub site user id (what a resource's authorId holds): my own resources offer Edit and Remove. Absent, none do. */
  myId?: number;
  /** Hub search, for "search all communities" (another community's template, say); absent, not offered. */
  search?: IHubSearchService;
  /** The current time, for the "due for review" flag; tests pass a fixed one. */
  now?: () => Date;
}
