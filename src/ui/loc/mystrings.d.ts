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
  ServerError: string;
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
  ProblemInvalidRecurrence: string;
  ProblemTooMany: string;
}

declare module 'CopHubSharedStrings' {
  const strings: ICopHubSharedStrings;
  export = strings;
}
