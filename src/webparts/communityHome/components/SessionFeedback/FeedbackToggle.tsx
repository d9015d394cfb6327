import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as shared from 'CopHubSharedStrings';
import { LightButton } from '../../../../ui/components/LightButton';
import { LoadingView } from '../../../../ui/components/StatusViews';
import type { MyFeedback as MyFeedbackType } from './SessionFeedback';

// The form, and the records and feedback it reads, load when someone opens it.
const MyFeedback = React.lazy(() =>
  import(/* webpackChunkName: 'cop-feedback-form' */ './SessionFeedback').then((m) => ({ default: m.MyFeedback })),
);

const classes = mergeStyleSets({
  root: { display: 'flex', flexDirection: 'column', gap: 8 },
  // A long label wraps in a narrow (320 px) Teams tab instead of scrolling the page sideways (doubled
  // class: it wins over the button's own look whichever is inserted first).
  toggle: { selectors: { '&&': { whiteSpace: 'normal', height: 'auto', minHeight: 32, textAlign: 'start' } } },
});

/** "Give feedback on a session you attended": reads the records and feedback only when opened. */
export const MyFeedbackToggle: React.FC<React.ComponentProps<typeof MyFeedbackType>> = (props) => {
  const [open, setOpen] = React.useState(false);
  return (
    <div className={classes.root}>
      <div>
        <LightButton
          className={classes.toggle}
          text={shared.FeedbackOpen}
          expanded={open}
          iconName="Feedback"
          onClick={() => setOpen(!open)}
        />
      </div>
      {open && (
        <React.Suspense fallback={<LoadingView rows={2} />}>
          <MyFeedback {...props} />
        </React.Suspense>
      )}
    </div>
  );
};
