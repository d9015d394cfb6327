declare interface ICommunitySiteHeaderApplicationCustomizerStrings {
  Title: string;
  Landmark: string;
  CoreMember: string;
  WiderMember: string;
  RequestPending: string;
  FoundingPledge: string;
  Join: string;
  Pledge: string;
  FormingOf: string;
  FormingPledged: string;
  Directory: string;
  StandingUnavailable: string;
  TryAgain: string;
}

declare module 'CommunitySiteHeaderApplicationCustomizerStrings' {
  const strings: ICommunitySiteHeaderApplicationCustomizerStrings;
  export = strings;
}
