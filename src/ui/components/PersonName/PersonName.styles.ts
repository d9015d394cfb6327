import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface IPersonNameClassNames {
  name: string;
}

export const getPersonNameClassNames = (): IPersonNameClassNames =>
  mergeStyleSets({
    // A name never breaks across lines; a list of names wraps between them.
    name: { whiteSpace: 'nowrap' },
  });
