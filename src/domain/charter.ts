/** A community's charter texts: as its gardeners last saved them, else as its Communities item holds them. */
import type { CharterText, Community, CommunityCharter } from './models';

/** The community with its gardeners' charter texts over the ones the POD team set (once there is a saved charter). */
export function withCharter(community: Community, charter: CommunityCharter | undefined): Community {
  if (!charter || charter.communityId !== community.id) return community;
  const text: CharterText = {
    domain: charter.domain,
    practice: charter.practice,
    audience: charter.audience,
    groundRules: charter.groundRules,
    rhythm: charter.rhythm,
  };
  return { ...community, ...text };
}
