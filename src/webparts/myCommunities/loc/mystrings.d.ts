declare interface IMyCommunitiesWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  DirectoryUrlLabel: string;
  CommunityPageUrlLabel: string;
  AddressError: string;
  Title: string;
  Empty: string;
  FindOne: string;
  Level_core: string;
  Level_wider: string;
  Status_pending: string;
  Status_interested: string;
  UnknownCommunity: string;
  Waiting: string;
  MySessions: string;
  NoSessions: string;
  SessionAt: string;
  AddToCalendar: string;
  AddToCalendarLabel: string;
  AddToOutlook: string;
  AddToOutlookLabel: string;
  Recommended: string;
  RecommendedHint: string;
  NoRecommendations: string;
  BecauseArea: string;
  BecauseTopics: string;
  OpenCommunity: string;
  OpenTeam: string;
  NotificationsTitle: string;
  NotificationsOpen: string;
  NotificationsHint: string;
  NotificationsSave: string;
  NotificationsSaved: string;
  NotificationsLabel: string;
  KindJoinRequested: string;
  KindFoundingPledge: string;
  KindRequestApproved: string;
  KindRequestDeclined: string;
  KindCommunityLaunched: string;
  KindSuggestionMade: string;
  MyQuestionsTitle: string;
  MyQuestionsOpen: string;
  NoMyQuestions: string;
  QuestionsIAsked: string;
  QuestionsIFollow: string;
  QuestionAnswered: string;
  QuestionNotAnswered: string;
  AnswerCount: { one?: string; other: string };
  /** {0}: the gardener's reason. */
  QuestionHidden: string;
  Unfollow: string;
  /** {0}: the question. */
  UnfollowLabel: string;
  /** {0}: the question; {1}: what went wrong. */
  UnfollowFailed: string;
  KindQuestionAnswered: string;
  KindQuestionInvited: string;
  Declined: string;
  DeclinedStatus: string;
  RemovedStatus: string;
  DeclinedReason: string;
  DeclinedNoReason: string;
  Dismiss: string;
  DismissLabel: string;
  MySuggestions: string;
  Suggestion_new: string;
  Suggestion_reviewing: string;
  Suggestion_accepted: string;
  Suggestion_declined: string;
  SuggestionResponse: string;
  SuggestionCommunity: string;
  /** The communities the signed-in person sponsors (Communities: Sponsor), each with its health. */
  Sponsoring: string;
  SponsoringHint: string;
  /** {0}: the score and band, e.g. "72 · Healthy", or "Not scored". */
  SponsoredHealth: string;
  OpenReport: string;
  /** {0}: the community. */
  OpenReportLabel: string;
}

declare module 'MyCommunitiesWebPartStrings' {
  const strings: IMyCommunitiesWebPartStrings;
  export = strings;
}
