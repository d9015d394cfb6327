declare interface ICopAdminConsoleWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  Title: string;
  NotForYou: string;
  SetupTitle: string;
  SetupReady: string;
  SetupRun: string;
  SetupRunning: string;
  SetupDone: string;
  SetupNothing: string;
}

declare module 'CopAdminConsoleWebPartStrings' {
  const strings: ICopAdminConsoleWebPartStrings;
  export = strings;
}
