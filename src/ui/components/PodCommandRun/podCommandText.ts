/** The per-item report's words and the commands' names, from the shared strings. */
import * as strings from 'CopHubSharedStrings';
import type { PodCommandId, PodCommandText } from '../../../domain/podCommands';
import { describeError } from '../../errors';
import { fill } from '../../format';

export const POD_COMMAND_TEXT: PodCommandText = {
  notFound: strings.PodNotFound,
  notAllowed: strings.PodNotAllowed,
  changedMeanwhile: strings.PodChangedMeanwhile,
  alreadyDecided: strings.PodAlreadyDecided,
  isPledge: strings.PodIsPledge,
  reasonNeeded: strings.PodReasonNeeded,
  notForming: (status) => fill(strings.PodNotForming, status),
  targetNotReached: (pledged, target) => fill(strings.PodTargetNotReached, pledged, target),
  teamNotUpdated: (why) => fill(strings.PodTeamNotUpdated, why),
  created: (title) => fill(strings.PodCreated, title),
  launched: (founders, failed) => fill(strings.PodLaunched, founders, failed),
  otherError: describeError,
};

export const POD_COMMAND_NAMES: Record<PodCommandId, string> = {
  APPROVE_REQUESTS: strings.PodApproveRequests,
  DECLINE_REQUESTS: strings.PodDeclineRequests,
  ACCEPT_SUGGESTION: strings.PodAcceptSuggestion,
  DECLINE_SUGGESTION: strings.PodDeclineSuggestion,
  LAUNCH_COMMUNITY: strings.PodLaunchCommunity,
};
