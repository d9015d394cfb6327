import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface ISharedRepertoireClassNames {
  toolbar: string;
  search: string;
  group: string;
  list: string;
  resource: string;
  due: string;
  waiting: string;
  actions: string;
}

export const getSharedRepertoireClassNames = ({ semanticColors }: ITheme): ISharedRepertoireClassNames => {
  return mergeStyleSets({
    // Wraps onto several lines on a 320 px Teams tab.
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 8, margin: '8px 0' },
    search: { flex: '1 1 200px', minWidth: 0 },
    group: { margin: '12px 0 0' },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    resource: {
      padding: '8px 0',
      borderBottom: `1px solid ${semanticColors.bodyDivider}`,
      display: 'flex',
      flexDirection: 'column',
      gap: 2,
    },
    // Shown in words as well as colour.
    due: { color: semanticColors.errorText, fontWeight: 600, display: 'inline-flex', alignItems: 'center', gap: 4 },
    // My resource waiting for the gardener: in words, not colour alone.
    waiting: { color: semanticColors.bodySubtext, fontWeight: 600, display: 'inline-flex', alignItems: 'center', gap: 4 },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 4 },
  });
};
