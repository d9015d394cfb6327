declare interface IMyCommunitiesWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  Title: string;
  Empty: string;
  Level_core: string;
  Level_wider: string;
  Status_active: string;
  Status_pending: string;
  Status_interested: string;
  Status_declined: string;
  Status_left: string;
  UnknownCommunity: string;
}

declare module 'MyCommunitiesWebPartStrings' {
  const strings: IMyCommunitiesWebPartStrings;
  export = strings;
}
