declare interface ICopHubSharedStrings {
  Loading: string;
  ErrorTitle: string;
  Retry: string;
  SetupNeededTitle: string;
  SetupNeededBody: string;
  SetupMissingLists: string;
  SetupMissingFields: string;
  AccessDenied: string;
  Throttled: string;
  ServerError: string;
  NetworkError: string;
  StaleEdit: string;
  Reload: string;
  NotFound: string;
  ProblemRequired: string;
  ProblemTooLong: string;
  ProblemNotAChoice: string;
  ProblemNotHttpUrl: string;
  ProblemNotADate: string;
  ProblemEndBeforeStart: string;
  ProblemInvalidRecurrence: string;
  ProblemTooMany: string;
  PodApproveRequests: string;
  PodDeclineRequests: string;
  PodAcceptSuggestion: string;
  PodDeclineSuggestion: string;
  PodLaunchCommunity: string;
  PodActionsLabel: string;
  PodSelectedCount: string;
  PodDialogTitle: string;
  PodReasonDecline: string;
  PodReasonLaunch: string;
  PodLaunchDefaultReason: string;
  PodRun: string;
  PodRunning: string;
  PodClose: string;
  PodCancel: string;
  PodSummary: string;
  PodResultsLabel: string;
  PodOk: string;
  PodFailed: string;
  PodNotFound: string;
  PodNotAllowed: string;
  PodChangedMeanwhile: string;
  PodAlreadyDecided: string;
  PodIsPledge: string;
  PodReasonNeeded: string;
  PodNotForming: string;
  PodTargetNotReached: string;
  PodTeamNotUpdated: string;
  PodCreated: string;
  PodLaunched: string;
}

declare module 'CopHubSharedStrings' {
  const strings: ICopHubSharedStrings;
  export = strings;
}
