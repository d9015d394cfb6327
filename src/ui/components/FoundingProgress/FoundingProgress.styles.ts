import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IFoundingProgressClassNames {
  root: string;
  caption: string;
}

export const getFoundingProgressClassNames = (theme: ITheme): IFoundingProgressClassNames =>
  mergeStyleSets({
    root: { margin: '8px 0' },
    caption: { color: theme.semanticColors.bodySubtext, display: 'block' },
  });
