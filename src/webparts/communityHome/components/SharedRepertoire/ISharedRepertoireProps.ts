import type { IContentService } from '../../../../domain/services';

export interface ISharedRepertoireProps {
  /** The community whose resources are shown. */
  communityId: number;
  /** Reads and adds resources. */
  content: Pick<IContentService, 'resources' | 'addResource'>;
  /** The current time, for the "due for review" flag; tests pass a fixed one. */
  now?: () => Date;
}
