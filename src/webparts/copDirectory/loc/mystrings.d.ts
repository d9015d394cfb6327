declare interface ICopDirectoryWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  DefaultTitle: string;
  EmptyTitle: string;
  EmptyBody: string;
  StatusLabel: string;
  PracticeAreaLabel: string;
  CommunitiesCount: string;
}

declare module 'CopDirectoryWebPartStrings' {
  const strings: ICopDirectoryWebPartStrings;
  export = strings;
}
