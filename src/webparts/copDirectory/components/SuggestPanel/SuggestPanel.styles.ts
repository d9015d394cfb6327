import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ISuggestPanelClassNames {
  form: string;
  intro: string;
  footer: string;
}

export const getSuggestPanelClassNames = (theme: ITheme): ISuggestPanelClassNames =>
  mergeStyleSets({
    form: { display: 'flex', flexDirection: 'column', gap: 16 },
    intro: { margin: 0, color: theme.semanticColors.bodyText },
    footer: { display: 'flex', gap: 8 },
  });
