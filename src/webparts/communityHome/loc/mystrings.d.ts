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
}

declare module 'CommunityHomeWebPartStrings' {
  const strings: ICommunityHomeWebPartStrings;
  export = strings;
}
