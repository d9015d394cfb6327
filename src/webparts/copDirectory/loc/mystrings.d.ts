declare interface ICopDirectoryWebPartStrings {
  // Property pane
  PropertyPaneDescription: string;
  BasicGroupName: string;
  FiltersGroupName: string;
  DisplayGroupName: string;
  TitleFieldLabel: string;
  LayoutFieldLabel: string;
  PageSizeFieldLabel: string;
  DefaultPracticeAreaFieldLabel: string;
  DefaultPracticeAreaFieldDescription: string;
  DefaultStatusFieldLabel: string;
  AnyStatus: string;
  DefaultMineOnlyFieldLabel: string;
  ShowFormingFieldLabel: string;
  ShowClosedFieldLabel: string;
  GroupByAreaFieldLabel: string;
  CommunityPageUrlFieldLabel: string;
  CommunityPageUrlFieldDescription: string;
  CommunityPageUrlFieldError: string;
  // Heading and explainer
  DefaultTitle: string;
  ContactRegionLabel: string;
  ContactHeading: string;
  /** {0}: the role, e.g. "Head of Communities of Practice". */
  ContactRole: string;
  ContactSomeone: string;
  ContactPhoneLabel: string;
  ContactGroupName: string;
  ContactRoleFieldLabel: string;
  ContactRoleFieldDescription: string;
  ContactNameFieldLabel: string;
  ContactEmailFieldLabel: string;
  ContactEmailFieldError: string;
  ContactPhoneFieldLabel: string;
  ContactPhoneFieldError: string;
  ExplainerTitle: string;
  ExplainerCore: string;
  ExplainerWider: string;
  // Toolbar
  SearchRegionLabel: string;
  SearchLabel: string;
  SearchPlaceholder: string;
  PracticeAreaLabel: string;
  AllPracticeAreas: string;
  StatusLabel: string;
  AllStatuses: string;
  SponsorLabel: string;
  AllSponsors: string;
  MineOnlyLabel: string;
  GroupByAreaLabel: string;
  ClearFilters: string;
  LayoutLabel: string;
  LayoutCards: string;
  LayoutList: string;
  // Results
  ResultsLabel: string;
  /** The list of one practice area's communities: {0} the area. */
  GroupResultsLabel: string;
  NoPracticeArea: string;
  /** Plural forms (src/ui/plural.ts). */
  CommunitiesCount: { one?: string; other: string };
  ShowingOf: string;
  ShowMore: string;
  EmptyTitle: string;
  EmptyBody: string;
  NoMatchTitle: string;
  NoMatchBody: string;
  SuggestPrompt: string;
  // Community
  Sponsor: string;
  SponsoredBy: string;
  Gardeners: string;
  NoGardenersYet: string;
  Rhythm: string;
  NextSession: string;
  NextSessionOn: string;
  NoSessionPlanned: string;
  Members: string;
  MemberCounts: string;
  Questions: string;
  /** {0}: questions asked in the community that count (not hidden). */
  QuestionsAsked: { one?: string; other: string };
  NotSet: string;
  OpenInTeams: string;
  OpenInTeamsLabel: string;
  /** Plural forms (src/ui/plural.ts). */
  // Membership
  JoinButton: string;
  JoinButtonLabel: string;
  Joining: string;
  YouAreCore: string;
  YouAreWider: string;
  YouRequestedCore: string;
  YouRequestedWider: string;
  YouPledged: string;
  /** {0}: the community; {1}: what went wrong. */
  JoinFailedNotice: string;
  // Join dialog
  JoinDialogTitle: string;
  HowToTakePart: string;
  CoreMember: string;
  CoreMemberHelp: string;
  WiderMember: string;
  WiderMemberHelp: string;
  AlreadyCoreHint: string;
  AlreadyCoreRequestedHint: string;
  ApprovalHint: string;
  JoinConfirm: string;
  Cancel: string;
  Close: string;
  AnotherCommunity: string;
  CoreChoiceTitle: string;
  CoreChoiceTitleRequested: string;
  CoreChoiceBody: string;
  CoreChoiceBodyRequested: string;
  MoveCoreHelp: string;
  JoinAsWider: string;
  MoveCoreHere: string;
  PledgeChoiceTitle: string;
  PledgeChoiceBody: string;
  PledgeWiderHere: string;
  PledgeMoveCore: string;
  PledgeChoiceHelp: string;
  PledgedWiderHere: string;
  PledgedMoveCore: string;
  // Outcomes
  JoinedCore: string;
  JoinedWider: string;
  JoinRequestedCore: string;
  JoinRequestedWider: string;
  MovedCore: string;
  MovedCorePending: string;
  // Suggestions
  SuggestButton: string;
  SuggestTitle: string;
  SuggestIntro: string;
  SuggestNameLabel: string;
  SuggestDescriptionLabel: string;
  SuggestPracticeAreaLabel: string;
  SuggestPracticeAreaPlaceholder: string;
  SuggestPracticeAreaOther: string;
  SuggestOtherAreaLabel: string;
  SuggestOtherAreaRequired: string;
  Optional: string;
  SuggestKindLabel: string;
  KindExisting: string;
  KindNewIdea: string;
  SendSuggestion: string;
  Sending: string;
  SuggestTitleRequired: string;
  SuggestTitleNotAName: string;
  SuggestDescriptionRequired: string;
  SuggestKindRequired: string;
  Required: string;
  TooLong: string;
  NotAChoice: string;
  SuggestionThanks: string;
  UnrecognisedTitle: string;
  UnrecognisedBody: string;
  UnrecognisedStatus: string;
  UnrecognisedJoinPolicy: string;
  /** A network the hub links to (an accepted existing network), in place of its stage. */
  LinkedNetwork: string;
  VisitNetwork: string;
  /** {0}: the network. */
  VisitNetworkLabel: string;
}

declare module 'CopDirectoryWebPartStrings' {
  const strings: ICopDirectoryWebPartStrings;
  export = strings;
}
