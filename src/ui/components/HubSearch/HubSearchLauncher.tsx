import * as React from 'react';
import * as strings from 'CopHubSharedStrings';
import type { HubSearchHit, QuestionHitDetails } from '../../../domain/hubSearch';
import type { IHubSearchService } from '../../../domain/services';
import { LightButton } from '../LightButton';

// Opened by a person, never part of the first render: the panel (and the search PnPjs code behind
// the service) load in their own chunks on the first click.
const HubSearch = React.lazy(() => import(/* webpackChunkName: 'cop-hub-search' */ './HubSearch').then((m) => ({ default: m.HubSearch })));

export interface IHubSearchLauncherProps {
  /** Hub search; without it nothing is shown. */
  search?: IHubSearchService;
  /** What the person had typed where they open it. */
  initialText?: string;
  /** The page a community hit opens. */
  communityHref: (hit: HubSearchHit) => string | undefined;
  /** The page a question hit opens. */
  questionHref?: (question: QuestionHitDetails) => string | undefined;
  className?: string;
}

/** A "Search all communities" button that opens hub search in place, and gives focus back when it closes. */
export const HubSearchLauncher: React.FC<IHubSearchLauncherProps> = ({ search, initialText, communityHref, questionHref, className }) => {
  const [open, setOpen] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  if (!search) return null;
  if (!open) {
    return (
      <LightButton kind="action" className={className} elementRef={button} iconName="Search" onClick={() => setOpen(true)}>
        {strings.SearchHubLabel}
      </LightButton>
    );
  }
  return (
    <React.Suspense fallback={null}>
      <HubSearch
        search={search}
        initialText={initialText}
        communityHref={communityHref}
        questionHref={questionHref}
        onClose={() => {
          setOpen(false);
          setTimeout(() => button.current?.focus(), 0);
        }}
      />
    </React.Suspense>
  );
};
