import type { ProgrammeContact } from '../../../../domain/programmeContact';

export interface IProgrammeContactProps {
  /** Who to contact with questions or ideas, as the page's editor set it. */
  contact: ProgrammeContact;
}
