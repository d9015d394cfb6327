import type { IProgrammeService } from '../../../../domain/services';

export interface IProgrammeWordsProps {
  /** Reads the programme's stage names and practice areas, and renames stages (POD only). */
  programme: IProgrammeService;
}
