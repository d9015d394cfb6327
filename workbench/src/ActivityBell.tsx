/** A bell in the workbench header: the signed-in demo account's Teams activity feed, loaded when opened. */
import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { Callout } from '@fluentui/react/lib/Callout';

const ActivityFeedPanel = React.lazy(() => import('./ActivityFeedPanel').then((m) => ({ default: m.ActivityFeedPanel })));

export const ActivityBell: React.FC = () => {
  const [open, setOpen] = React.useState(false);
  const id = 'workbench-activity-bell';
  return (
    <>
      <IconButton
        id={id}
        iconProps={{ iconName: 'Ringer' }}
        title="Activity (Teams activity feed)"
        ariaLabel="Activity (Teams activity feed)"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        styles={{ root: { color: 'white', marginBottom: 4 }, rootHovered: { color: '#03787c' } }}
      />
      {open && (
        <Callout
          target={`#${id}`}
          onDismiss={() => setOpen(false)}
          setInitialFocus
          role="dialog"
          ariaLabelledBy="workbench-activity-title"
          styles={{ calloutMain: { padding: 16, width: 360, maxHeight: 480 } }}
        >
          <h2 id="workbench-activity-title" style={{ fontSize: 16, marginTop: 0 }}>
            Activity
          </h2>
          <React.Suspense fallback={null}>
            <ActivityFeedPanel />
          </React.Suspense>
        </Callout>
      )}
    </>
  );
};
