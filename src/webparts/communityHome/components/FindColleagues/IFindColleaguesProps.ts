import type { MemberProfile, Person } from '../../../../domain/models';

export interface IFindColleaguesProps {
  /** The profiles of the community's leaders and active members. */
  profiles: readonly MemberProfile[];
  /** The person searching; never found. */
  me?: Pick<Person, 'id'>;
  /** The searcher's practice area, for "in my practice area" ('' when unknown). */
  myPracticeArea: string;
}
