import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IDirectorySkeletonClassNames {
  cards: string;
  list: string;
  card: string;
}

export const getDirectorySkeletonClassNames = (theme: ITheme): IDirectorySkeletonClassNames =>
  mergeStyleSets({
    cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 16, marginTop: 12 },
    list: { display: 'flex', flexDirection: 'column', gap: 8, marginTop: 12 },
    card: {
      padding: 16,
      border: `1px solid ${theme.semanticColors.variantBorder}`,
      borderRadius: theme.effects.roundedCorner4,
      display: 'flex',
      flexDirection: 'column',
      gap: 10,
    },
  });
