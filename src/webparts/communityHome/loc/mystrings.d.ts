declare interface IQuestionsStrings {
  Tab: string;
  Heading: string;
  Intro: string;
  FilterLabel: string;
  FilterAll: string;
  FilterUnanswered: string;
  FilterAnswered: string;
  FilterMine: string;
  TopicFilter: string;
  TopicFilterPlaceholder: string;
  ClearTopic: string;
  Ask: string;
  Empty: string;
  EmptyFiltered: string;
  More: string;
  Answered: string;
  Unanswered: string;
  Hidden: string;
  HiddenBecause: string;
  AnswerHiddenBecause: string;
  HiddenFor: string;
  AnswerHiddenFor: string;
  AskedBy: string;
  AnsweredBy: string;
  TopicsLabel: string;
  AnswerCount: string;
  AnswerCountOne: string;
  ShowAnswers: string;
  Accepted: string;
  Accept: string;
  AcceptLabel: string;
  YourAnswer: string;
  PostAnswer: string;
  Posting: string;
  Saving: string;
  Edit: string;
  EditQuestionLabel: string;
  EditAnswerLabel: string;
  Save: string;
  Cancel: string;
  Hide: string;
  HideQuestionLabel: string;
  HideAnswerLabel: string;
  HideReason: string;
  HideConfirm: string;
  Restore: string;
  ToRepertoire: string;
  ToRepertoireAs: string;
  Added: string;
  ResourceDescription: string;
  NoAnswers: string;
  AnswerClosed: string;
  Closed: string;
  AskHeading: string;
  Title: string;
  TitleHint: string;
  Details: string;
  DetailsHint: string;
  Topics: string;
  TopicsHint: string;
  AddTopic: string;
  RemoveTopic: string;
  SuggestedTopics: string;
  Similar: string;
  SimilarNone: string;
  SimilarIn: string;
  Searching: string;
  SearchFailed: string;
  Helpers: string;
  HelpersHint: string;
  HelpersNone: string;
  HelpersNeedTopics: string;
  HelpersFailed: string;
  CanHelpWith: string;
  InCommunities: string;
  Invite: string;
  InvitesLeft: string;
  InvitesFull: string;
  Post: string;
  Posted: string;
  Invited: string;
  Characters: string;
  Failed: string;
  LoadFailed: string;
  Follow: string;
  FollowLabel: string;
  Following: string;
  Unfollow: string;
  LinkedGone: string;
  Gardening: string;
  GardeningHint: string;
  GardeningNone: string;
  GardeningOpen: string;
  GardeningMore: string;
  Flagged: string;
  /** Why a question or answer can't be posted, by QuestionProblem rule ({0} is its limit). */
  Problems: Record<
    | 'titleTooShort'
    | 'titleTooLong'
    | 'detailsTooLong'
    | 'tooManyTopics'
    | 'topicTooLong'
    | 'questionHidden'
    | 'answerEmpty'
    | 'answerTooLong'
    | 'reasonRequired',
    string
  >;
}

declare interface ICommunityHomeWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  CommunityIdFieldLabel: string;
  ChooseCommunity: string;
  OpenFromDirectory: string;
  NotLinked: string;
  NotFound: string;
  Charter: string;
  Saving: string;
  MemberCare: string;
  NobodyToWelcome: string;
  MemberActions: string;
  Welcome: string;
  WelcomeLabel: string;
  Remove: string;
  RemoveLabel: string;
  WelcomeTitle: string;
  RemoveTitle: string;
  WelcomeExplained: string;
  RemoveExplained: string;
  RemoveExplainedOpen: string;
  WelcomeNote: string;
  RemoveReason: string;
  SendWelcome: string;
  RemoveConfirm: string;
  Welcomed: string;
  Removed: string;
  StatusRemoved: string;
  RemovedReason: string;
  WelcomeFromGardener: string;
  EditCharter: string;
  EditCharterTitle: string;
  SaveCharter: string;
  SavingCharter: string;
  CharterSaved: string;
  CharterEditedBy: string;
  RhythmHint: string;
  Domain: string;
  Practice: string;
  Audience: string;
  GroundRules: string;
  Sponsor: string;
  Gardeners: string;
  Rhythm: string;
  Contact: string;
  Team: string;
  /** {0}: the community's name. */
  OpenTeam: string;
  NotSet: string;
  UpcomingSessions: string;
  NoUpcomingSessions: string;
  SessionTime: string;
  JoinOnline: string;
  AddToCalendar: string;
  AddToCalendarLabel: string;
  ThisSession: string;
  WholeSeries: string;
  AddToOutlook: string;
  RhythmEveryDays: { one: string; other: string };
  RhythmLapsed: { one: string; other: string };
  RhythmNeverMet: string;
  /** Names of the Events list's EventType choices, by choice value. */
  EventTypes: { [eventType: string]: string | undefined };
  ScheduleSession: string;
  EditSession: string;
  EditSessionLabel: string;
  EditSessionTitle: string;
  SessionTitle: string;
  SessionType: string;
  SessionStart: string;
  SessionEnd: string;
  SessionRecurrence: string;
  SessionRecurrenceHint: string;
  SessionLocation: string;
  SessionOnlineUrl: string;
  SessionPlaces: string;
  SessionPlacesHint: string;
  SessionDeadline: string;
  SessionDeadlineHint: string;
  SessionDescription: string;
  SaveSession: string;
  SessionScheduled: string;
  SessionUpdated: string;
  SharedRepertoire: string;
  SearchResources: string;
  ResourceTypeFilter: string;
  AllTypes: string;
  AddResource: string;
  NoResources: string;
  NoMatchingResources: string;
  ResourceOwner: string;
  NoOwner: string;
  ReviewBy: string;
  DueForReview: string;
  ResourceAdded: string;
  ResourceChanged: string;
  ResourceRemoved: string;
  WaitingForApproval: string;
  NotApproved: string;
  /** A group naming my resource's Edit and Remove. */
  ResourceActions: string;
  EditResource: string;
  EditResourceOf: string;
  EditResourceTitle: string;
  SaveResourceChanges: string;
  RemoveResource: string;
  RemoveResourceOf: string;
  RemoveResourceTitle: string;
  RemoveResourceBody: string;
  Removing: string;
  ResourceTitle: string;
  ResourceTypeLabel: string;
  ChooseType: string;
  ResourceUrl: string;
  ResourceDescription: string;
  ResourceReviewDate: string;
  SaveResource: string;
  Cancel: string;
  FixProblems: string;
  Members: string;
  SearchMembers: string;
  /** The gardeners' group heading (the UI calls the role "gardener" everywhere). */
  Leaders: string;
  GardenersExplained: string;
  CoreMembers: string;
  WiderMembers: string;
  NobodyHere: string;
  /** {0}: how many requests and pledges wait. */
  Waiting: string;
  WaitingCore: string;
  WaitingWider: string;
  WaitingPledge: string;
  LinkedItemGone: string;
  ApproveRequestOf: string;
  DeclineRequestOf: string;
  RequestActions: string;
  NoMatchingMembers: string;
  LoadMoreMembers: string;
  MyMembership: string;
  LevelCore: string;
  LevelWider: string;
  StatusActive: string;
  StatusPending: string;
  StatusInterested: string;
  StatusDeclined: string;
  StatusLeft: string;
  StatusNotMember: string;
  SwitchToCore: string;
  SwitchToWider: string;
  LeaveCommunity: string;
  JoinCore: string;
  JoinWider: string;
  MoveCoreHere: string;
  CoreElsewhere: string;
  CoreRequestedElsewhere: string;
  /** The Questions section (issue 16). */
  Questions: IQuestionsStrings;
  TabOverview: string;
  TabMembers: string;
  TabRepertoire: string;
  TabKnowledge: string;
  TabReport: string;
  SectionsLabel: string;
  MyTopics: string;
  MyTopicsHint: string;
  CanHelpWith: string;
  WantsToLearn: string;
  MyPracticeArea: string;
  SaveTopics: string;
  TopicsSaved: string;
  NoTopicsYet: string;
  EditTopics: string;
  FindColleagues: string;
  FindColleaguesLabel: string;
  FindCanHelp: string;
  FindWantsToLearn: string;
  FindSameArea: string;
  FindTopic: string;
  FindTopicPlaceholder: string;
  FindTypeSomething: string;
  FindNoPracticeArea: string;
  FindNobody: string;
  FindResults: { one: string; other: string };
  MatchedTopics: string;
  KnowledgeMap: string;
  KnowledgeMapHint: string;
  KnowledgeEmpty: string;
  KnowledgeGaps: string;
  NoGaps: string;
  Topic: string;
  Offering: string;
  Wanting: string;
  Gap: string;
  GapLabel: string;
  GapFindHelpers: string;
  /** {0}: the topic. */
  GapFindHelpersLabel: string;
  /** {0}: the topic. */
  GapHelpersLabel: string;
  /** {0}: the person; {1}: their communities. */
  GapHelperIn: string;
  /** {0}: the person. */
  GapHelperNoCommunity: string;
  /** {0}: the topic. */
  GapNobodyElsewhere: string;
  KnowledgeSample: { one: string; other: string };
  NotLinkedTitle: string;
  NotLinkedStaff: string;
  NotLinkedPod: string;
  LinkCommunity: string;
  LinkChoose: string;
  LinkButton: string;
  LinkDone: string;
  LinkAlreadyLinked: string;
  /** A resource type's name (singular), by the Resources list's ResourceType choice value. */
  ResourceTypeNames: { [resourceType: string]: string | undefined };
  /** A heading for a group of resources of one type (plural). */
  ResourceTypeGroups: { [resourceType: string]: string | undefined };
}

declare module 'CommunityHomeWebPartStrings' {
  const strings: ICommunityHomeWebPartStrings;
  export = strings;
}
