declare interface ICommunitySiteHeaderApplicationCustomizerStrings {
  Title: string;
}

declare module 'CommunitySiteHeaderApplicationCustomizerStrings' {
  const strings: ICommunitySiteHeaderApplicationCustomizerStrings;
  export = strings;
}
