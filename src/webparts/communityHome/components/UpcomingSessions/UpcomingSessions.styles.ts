import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IUpcomingSessionsClassNames {
  list: string;
  session: string;
  details: string;
  title: string;
  actions: string;
}

export const getUpcomingSessionsClassNames = ({ semanticColors }: ITheme): IUpcomingSessionsClassNames => {
  return mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0 },
    // Wraps the button under the details on a narrow (320 px) Teams tab.
    session: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 8,
      padding: '10px 0',
      borderBottom: `1px solid ${semanticColors.bodyDivider}`,
    },
    details: { display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0, flex: '1 1 220px' },
    title: { margin: 0 },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  });
};
