declare interface ICopHubSharedStrings {
  /** The language whose plural rules choose among this module's plural forms. */
  PluralLocale: string;
  Loading: string;
  ErrorTitle: string;
  Retry: string;
  StageProposed: string;
  StageForming: string;
  StageLaunched: string;
  StageDormant: string;
  StageClosed: string;
  SetupNeededTitle: string;
  SetupNeededBody: string;
  SetupMissingLists: string;
  SetupMissingFields: string;
  AccessDenied: string;
  Throttled: string;
  ServerError: string;
  RequestRefused: string;
  Unexpected: string;
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
  ProblemNotHttpsUrl: string;
  ProblemInvalidRecurrence: string;
  ProblemTooMany: string;
  ProblemNotWholeNumber: string;
  ProblemAfterStart: string;
  PodApproveRequests: string;
  PodDeclineRequests: string;
  PodAcceptSuggestion: string;
  PodDeclineSuggestion: string;
  PodLaunchCommunity: string;
  PodActionsLabel: string;
  PodSelectedCount: string;
  PodDialogTitle: string;
  PodCountMemberships: { one: string; other: string };
  PodCountSuggestions: { one: string; other: string };
  PodCountCommunities: { one: string; other: string };
  PodConfirmApprove: { one: string; other: string };
  PodConfirmDecline: { one: string; other: string };
  PodConfirmAccept: { one: string; other: string };
  PodConfirmDeclineSuggestion: { one: string; other: string };
  PodConfirmLaunch: { one: string; other: string };
  PodTargetsLabel: string;
  PodTargetRequest: string;
  PodLevelCore: string;
  PodLevelWider: string;
  PodTargetDetail: string;
  PodTargetMore: string;
  PodTargetPledges: { one: string; other: string };
  PodBelowTarget: string;
  PodLaunchAnyway: string;
  PodReasonLaunchAnyway: string;
  PodGapsLabel: string;
  PodNoGardener: string;
  PodNoTeam: string;
  PodReasonDecline: string;
  PodReasonLaunch: string;
  PodLaunchDefaultReason: string;
  PodRun: string;
  PodRunning: string;
  LifecycleAlreadyThere: string;
  LifecycleNotAllowed: string;
  LifecycleClosed: string;
  LifecycleReasonMissing: string;
  LifecycleReasonTooLong: string;
  PodClose: string;
  PodRetryRest: string;
  PodCancel: string;
  PodSummary: string;
  PodResultsLabel: string;
  PodOk: string;
  PodFailed: string;
  PodNotFound: string;
  PodNotAllowed: string;
  PodChangedMeanwhile: string;
  PodAlreadyDecided: string;
  PodOwnRequest: string;
  PodIsPledge: string;
  PodReasonNeeded: string;
  PodNotForming: string;
  PodTargetNotReached: { one: string; other: string };
  PodTeamNotUpdated: string;
  PodCreated: string;
  PodLaunched: { one: string; other: string };
  PodLaunchedFailed: { one: string; other: string };
  NotNotified: string;
  NotNotifiedUnknown: string;
  NotNotifiedDismiss: string;
  NamesTwo: string;
  NamesMore: string;
  SearchHubLabel: string;
  SearchHubPlaceholder: string;
  SearchKindAll: string;
  SearchKindCommunities: string;
  SearchKindResources: string;
  SearchKindQuestions: string;
  /** A question hit that has an accepted answer. */
  SearchAnswered: string;
  SearchUnanswered: string;
  /** A question found through one of its answers. */
  SearchViaAnswer: string;
  SearchKindLabel: string;
  SearchCommunityFilter: string;
  SearchTypeFilter: string;
  /** Refines by a community's practice area (resources have none). */
  SearchPracticeAreaFilter: string;
  /** {0}: a community's practice area. */
  SearchPracticeArea: string;
  SearchAnyValue: string;
  SearchSearching: string;
  SearchPrompt: string;
  SearchNoResults: string;
  SearchResultCount: { one: string; other: string };
  SearchMore: string;
  SearchJustAdded: string;
  SearchJustAddedHint: string;
  SearchOwner: string;
  SearchCommunity: string;
  SearchFailed: string;
  SearchClose: string;
  SearchResultsLabel: string;
  WithdrawRequest: string;
  /** {0}: the community (the name starts with the visible text, for speech input). */
  WithdrawRequestLabel: string;
  WithdrawPledge: string;
  WithdrawPledgeLabel: string;
  /** {0}: the community. */
  WithdrawPledgeConfirm: string;
  WithdrawPledgeYes: string;
  WithdrawPledgeKeep: string;
  RequestWithdrawn: string;
  PledgeWithdrawn: string;
  /** {0}: the community; {1}: what went wrong. */
  WithdrawFailed: string;
  Undo: string;
  UndoLabel: string;
  UndoPledgeLabel: string;
  AskedAgain: string;
  PledgedAgain: string;
  /** {0}: the community; {1}: what went wrong. */
  UndoFailed: string;
  NoticeClose: string;
  /** Accepting an existing network (issue 18): what the hub makes of it. */
  PodNetworkChoice: string;
  PodNetworkListLaunched: string;
  PodNetworkLink: string;
  PodNetworkLinkOnlyOne: string;
  PodNetworkAddress: string;
  PodNetworkAddressNeeded: string;
  PodNetworkAddressInvalid: string;
  PodNetworkNotForKind: string;
  PodNetworkNoOrganiser: string;
  PodNetworkChoiceNeeded: string;
  /** {0}: the community; {1}: its organiser, now its gardener. */
  PodListedLaunched: string;
  /** {0}: the network; {1}: its address. */
  PodLinkedNetwork: string;
  /** {0}: the suggestion's title. */
  PodTargetNetwork: string;
  PledgesSoFar: { one?: string; other: string };
  FoundingProgressLabel: string;
  FoundingPledgedOf: string;
  FoundingTargetReached: string;
  PledgeButton: string;
  PledgeButtonLabel: string;
  Pledging: string;
  Pledged: string;
  PledgeFailed: string;
  FormingBody: string;
  /** A community's health band (src/domain/health), in the console's portfolio and a sponsor's My communities. */
  HealthHealthy: string;
  HealthWatch: string;
  HealthAtRisk: string;
  /** Proposed, forming and closed communities have no health score. */
  HealthNotScored: string;
  /** {0} the score out of 100, {1} its band. */
  HealthValue: string;
  Register: string;
  /** {0} the session's title. */
  RegisterLabel: string;
  JoinWaitingList: string;
  /** {0} the session's title. */
  JoinWaitingListLabel: string;
  RegisterThisSession: string;
  RegisterWholeSeries: string;
  Registering: string;
  RegistrationRegistered: string;
  /** {0} my position on the waiting list (1 is next). */
  RegistrationWaiting: string;
  RegistrationClosed: string;
  HubEventsTitle: string;
  HubEventsIntro: string;
  HubEventsNone: string;
  HubSessionJoinOnline: string;
  HubAddToOutlook: string;
  HubAddToOutlookLabel: string;
  RhythmAnd: string;
  RhythmDaily: string;
  RhythmEveryNDays: string;
  RhythmWeekly: string;
  RhythmFortnightly: string;
  RhythmEveryNWeeks: string;
  RhythmMonthly: string;
  RhythmEveryOtherMonth: string;
  RhythmEveryNMonths: string;
  RhythmNth: string[];
  RhythmLast: string;
  RhythmWithTime: string;
  RhythmEventTypes: Record<string, string>;
  RegistrationFull: string;
  /** {0} how many places are left. */
  RegistrationPlacesLeft: { one: string; other: string };
  CancelRegistration: string;
  /** {0} the session's title. */
  CancelRegistrationLabel: string;
  CancelSeriesRegistration: string;
  /** {0} the series' title. */
  CancelSeriesRegistrationLabel: string;
  Cancelling: string;
  /** The gardener's view of a session; {0} a session's title, {1} its time, where they take values. */
  RosterShow: string;
  RosterShowLabel: string;
  RosterRecord: string;
  RosterRecordLabel: string;
  RosterConfirmedHeading: string;
  RosterWaitingHeading: string;
  RosterNobody: string;
  RosterDownload: string;
  RosterDownloadLabel: string;
  RosterName: string;
  RosterEmail: string;
  RosterStanding: string;
  RosterRegistered: string;
  RosterConfirmed: string;
  RosterWaiting: string;
  RosterAttendanceLabel: string;
  RosterWhoCame: string;
  RosterWalkIn: string;
  RosterFindWalkIn: string;
  RosterFind: string;
  RosterNoneFound: string;
  RosterAddWalkIn: string;
  RosterNotes: string;
  RosterNotesTooLong: string;
  RosterSave: string;
  RosterSaving: string;
  RosterSaved: string;
  RosterAddStory: string;
  RosterStoryTitle: string;
  RosterStoryAdded: string;
  RosterStoryDone: string;
  RecentSessions: string;
  NoRecentSessions: string;
  /** Feedback on a session; {0}, {1}, {2} as the English text shows. */
  FeedbackOpen: string;
  FeedbackFormLabel: string;
  FeedbackRating: string;
  FeedbackChooseRating: string;
  FeedbackCommentLabel: string;
  FeedbackTooLong: string;
  FeedbackNotAttended: string;
  FeedbackNotHeld: string;
  FeedbackGive: string;
  FeedbackChange: string;
  FeedbackSaving: string;
  FeedbackSaved: string;
  FeedbackNothingAttended: string;
  FeedbackHeading: string;
  FeedbackNone: string;
  FeedbackAverage: string;
  FeedbackComment: string;
  /** Participation in the sponsor report; {0}, {1} as the English text shows. */
  ParticipationHeld: string;
  ParticipationHeldOf: string;
  ParticipationLastSix: string;
  ParticipationUp: string;
  ParticipationDown: string;
  ParticipationLevel: string;
  ParticipationNoSessions: string;
  ParticipationPeople: { one: string; other: string };
}

declare module 'CopHubSharedStrings' {
  const strings: ICopHubSharedStrings;
  export = strings;
}
