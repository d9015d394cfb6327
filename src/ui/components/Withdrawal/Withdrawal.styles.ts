import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IWithdrawalClassNames {
  standing: string;
  confirm: string;
}

export const getWithdrawalClassNames = (theme: ITheme): IWithdrawalClassNames =>
  mergeStyleSets({
    standing: { display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 4 },
    // Wraps under itself on a narrow card or Teams tab.
    confirm: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, color: theme.semanticColors.bodyText },
  });
