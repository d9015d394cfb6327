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
  NetworkError: string;
  StaleEdit: string;
  NotFound: string;
}

declare module 'CopHubSharedStrings' {
  const strings: ICopHubSharedStrings;
  export = strings;
}
