import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IJoinDialogClassNames {
  hint: string;
  choiceHelp: string;
  stack: string;
  text: string;
  choices: string;
}

export const getJoinDialogClassNames = (theme: ITheme): IJoinDialogClassNames =>
  mergeStyleSets({
    hint: { color: theme.semanticColors.bodySubtext, margin: 0, fontSize: theme.fonts.small.fontSize },
    text: { margin: 0 },
    choices: { display: 'flex', flexDirection: 'column', gap: 8 },
    choiceHelp: { margin: '2px 0 0 26px', color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    stack: { display: 'flex', flexDirection: 'column', gap: 12 },
  });
