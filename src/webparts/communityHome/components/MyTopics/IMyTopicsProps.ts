import type { IContentService } from '../../../../domain/services';

export interface IMyTopicsProps {
  /** Reads and saves the signed-in person's profile. */
  content: Pick<IContentService, 'myProfile' | 'saveProfile'>;
  /** Called after a save, so views built on profiles (the knowledge map) can read again. */
  onSaved?: () => void;
}
