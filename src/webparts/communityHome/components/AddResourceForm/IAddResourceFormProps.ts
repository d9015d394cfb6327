import type { Resource } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';

export interface IAddResourceFormProps {
  /** The community the resource joins. */
  communityId: number;
  /** Saves the resource. */
  content: Pick<IContentService, 'addResource'>;
  /** Called with the saved resource. */
  onAdded: (resource: Resource) => void;
  /** Called when the person closes the form without adding. */
  onCancel: () => void;
}
