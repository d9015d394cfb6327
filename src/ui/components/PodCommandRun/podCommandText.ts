/** The per-item report's words and the commands' names, from the shared strings. */
import * as strings from 'CopHubSharedStrings';
import { COMMAND_LIST, type AdminListKind, type PodCommandId, type PodCommandText } from '../../../domain/podCommands';
import type { AcceptanceProblem } from '../../../domain/suggestionAcceptance';
import { describeError } from '../../errors';
import { fill } from '../../format';
import { plural, type PluralForms } from '../../plural';

const ACCEPTANCE_PROBLEMS: Record<AcceptanceProblem | 'choiceNeeded', string> = {
  choiceNeeded: strings.PodNetworkChoiceNeeded,
  choiceNotForKind: strings.PodNetworkNotForKind,
  noOrganiser: strings.PodNetworkNoOrganiser,
  addressNeeded: strings.PodNetworkAddressNeeded,
  addressInvalid: strings.PodNetworkAddressInvalid,
};

export const POD_COMMAND_TEXT: PodCommandText = {
  notFound: strings.PodNotFound,
  notAllowed: strings.PodNotAllowed,
  changedMeanwhile: strings.PodChangedMeanwhile,
  alreadyDecided: strings.PodAlreadyDecided,
  ownRequest: strings.PodOwnRequest,
  isPledge: strings.PodIsPledge,
  reasonNeeded: strings.PodReasonNeeded,
  notForming: (status) => fill(strings.PodNotForming, status),
  targetNotReached: (pledged, target) => plural(strings.PodTargetNotReached, target, pledged, target),
  teamNotUpdated: (why) => fill(strings.PodTeamNotUpdated, why),
  created: (title) => fill(strings.PodCreated, title),
  listedLaunched: (title, organiser) => fill(strings.PodListedLaunched, title, organiser),
  linkedNetwork: (title, url) => fill(strings.PodLinkedNetwork, title, url),
  acceptanceProblem: (problem) => ACCEPTANCE_PROBLEMS[problem],
  launched: (founders, failed) =>
    [plural(strings.PodLaunched, founders), failed > 0 ? plural(strings.PodLaunchedFailed, failed) : ''].filter(Boolean).join(' '),
  otherError: describeError,
};

export const POD_COMMAND_NAMES: Record<PodCommandId, string> = {
  APPROVE_REQUESTS: strings.PodApproveRequests,
  DECLINE_REQUESTS: strings.PodDeclineRequests,
  ACCEPT_SUGGESTION: strings.PodAcceptSuggestion,
  DECLINE_SUGGESTION: strings.PodDeclineSuggestion,
  LAUNCH_COMMUNITY: strings.PodLaunchCommunity,
};

/** What a confirmation says before it names the items: "Approve these 3 requests to join:". */
export const POD_CONFIRM_INTRO: Record<PodCommandId, PluralForms> = {
  APPROVE_REQUESTS: strings.PodConfirmApprove,
  DECLINE_REQUESTS: strings.PodConfirmDecline,
  ACCEPT_SUGGESTION: strings.PodConfirmAccept,
  DECLINE_SUGGESTION: strings.PodConfirmDeclineSuggestion,
  LAUNCH_COMMUNITY: strings.PodConfirmLaunch,
};

const COUNTED: Record<AdminListKind, PluralForms> = {
  memberships: strings.PodCountMemberships,
  suggestions: strings.PodCountSuggestions,
  communities: strings.PodCountCommunities,
};

/** A command dialog's title: "Approve: 2 requests". */
export function podDialogTitle(command: PodCommandId, count: number): string {
  return fill(strings.PodDialogTitle, POD_COMMAND_NAMES[command], plural(COUNTED[COMMAND_LIST[command]], count));
}
