import { mergeStyleSets, type ITheme } from '@fluentui/react/lib/Styling';

export interface IAddResourceFormClassNames {
  form: string;
}

export const getAddResourceFormClassNames = ({ semanticColors }: ITheme): IAddResourceFormClassNames => {
  return mergeStyleSets({
    form: { border: `1px solid ${semanticColors.bodyDivider}`, padding: 16, margin: '12px 0', maxWidth: 560 },
  });
};
