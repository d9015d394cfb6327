import type { MemberProfile } from '../../../../domain/models';

export interface IKnowledgeMapProps {
  /** The profiles of the community's leaders and active members. */
  profiles: readonly MemberProfile[];
}
