import type { MemberProfile } from '../../../../domain/models';
import type { IContentService } from '../../../../domain/services';

export interface IMyTopicsProps {
  /** Reads and saves the signed-in person's profile. */
  content: Pick<IContentService, 'myProfile' | 'saveProfile'>;
  /** The profile, when the page has read it already (My communities): the form then reads nothing. */
  known?: { profile: MemberProfile | undefined };
  /** Called after a save, so views built on profiles (the knowledge map) can read again. */
  onSaved?: () => void;
}
