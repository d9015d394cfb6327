import type { Resource } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';

export interface IAddResourceFormProps {
  /** The community the resource joins. */
  communityId: number;
  /** Saves the resource: adds a new one, or changes `resource`. */
  content: Pick<IContentService, 'addResource' | 'updateResource'>;
  /** A resource of mine to edit: the form starts with its values and saves changes to it. Absent, it adds one. */
  resource?: Resource;
  /** Called with the saved resource. */
  onSaved: (resource: Resource) => void;
  /** Called when the person closes the form without saving. */
  onCancel: () => void;
  /** After a stale edit (someone changed it meanwhile, 412): reads the repertoire again. Absent, no Reload is offered. */
  onReload?: () => void;
}
