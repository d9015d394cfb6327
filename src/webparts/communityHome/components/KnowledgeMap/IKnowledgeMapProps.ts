import type { MemberProfile } from '../../../../domain/models';
import type { HelperCandidate } from '../../../../domain/questionRouting';

export interface IKnowledgeMapProps {
  /** The profiles of the community's leaders and active members. */
  profiles: readonly MemberProfile[];
  /** The community mapped; with findHelpers, each gap offers who can help elsewhere (issue 16). */
  communityId?: number;
  /** Colleagues across the hub who offer any of these topics, with their communities. */
  findHelpers?: (topics: readonly string[]) => Promise<HelperCandidate[]>;
}
