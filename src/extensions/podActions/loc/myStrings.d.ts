declare interface IPodActionsCommandSetStrings {
  Command1: string;
  Command2: string;
}

declare module 'PodActionsCommandSetStrings' {
  const strings: IPodActionsCommandSetStrings;
  export = strings;
}
