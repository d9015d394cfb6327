declare interface ICommunityHomeWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  CommunityIdFieldLabel: string;
  ChooseCommunity: string;
  NotLinked: string;
  NotFound: string;
  Charter: string;
  Domain: string;
  Practice: string;
  Audience: string;
  GroundRules: string;
  Sponsor: string;
  Gardeners: string;
  Rhythm: string;
  NotSet: string;
  UpcomingSessions: string;
  NoUpcomingSessions: string;
  SessionTime: string;
  JoinOnline: string;
  AddToCalendar: string;
  AddToCalendarLabel: string;
  ThisSession: string;
  WholeSeries: string;
  RhythmEveryDays: string;
  RhythmLapsed: string;
  RhythmNeverMet: string;
  /** Names of the Events list's EventType choices, by choice value. */
  EventTypes: { [eventType: string]: string | undefined };
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
  Leaders: string;
  CoreMembers: string;
  WiderMembers: string;
  NobodyHere: string;
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
  /** A resource type's name (singular), by the Resources list's ResourceType choice value. */
  ResourceTypeNames: { [resourceType: string]: string | undefined };
  /** A heading for a group of resources of one type (plural). */
  ResourceTypeGroups: { [resourceType: string]: string | undefined };
}

declare module 'CommunityHomeWebPartStrings' {
  const strings: ICommunityHomeWebPartStrings;
  export = strings;
}
