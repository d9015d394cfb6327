import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ICopDirectoryClassNames {
  root: string;
  title: string;
  suggest: string;
  notice: string;
}

export const getCopDirectoryClassNames = (theme: ITheme): ICopDirectoryClassNames =>
  mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, fontFamily: theme.fonts.medium.fontFamily },
    title: { margin: '0 0 4px', fontSize: theme.fonts.xLarge.fontSize, fontWeight: 600 },
    suggest: { height: 32 },
    notice: { marginBottom: 12 },
  });
