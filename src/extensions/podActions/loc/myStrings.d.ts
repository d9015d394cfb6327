declare interface IPodActionsCommandSetStrings {
  ApproveRequests: string;
  DeclineRequests: string;
  AcceptSuggestion: string;
  DeclineSuggestion: string;
  LaunchCommunity: string;
}

declare module 'PodActionsCommandSetStrings' {
  const strings: IPodActionsCommandSetStrings;
  export = strings;
}
