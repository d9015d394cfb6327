import * as React from 'react';
import * as strings from 'CopHubSharedStrings';
import type { SetupReport } from '../../../domain/services';
import { describeError, isStaleEdit } from '../../errors';
import { LightButton } from '../LightButton';
import { Notice } from '../Notice';
import { SkeletonLine } from '../SkeletonLine';

export interface ILoadingViewProps {
  /** How many skeleton rows to show while loading. */
  rows?: number;
}

/** Skeleton rows in the shape of the content, announced to screen readers once. */
export const LoadingView: React.FC<ILoadingViewProps> = ({ rows = 3 }) => (
  <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }} role="status" aria-label={strings.Loading}>
    {Array.from({ length: rows }, (_, i) => (
      <SkeletonLine key={i} width={`${90 - i * 10}%`} />
    ))}
  </div>
);

export interface IErrorViewProps {
  /** What was thrown; turned into plain words. */
  error: unknown;
  /** Called by the Retry button (labelled "Reload" after a stale edit, when reading again is the way on). */
  onRetry?: () => void;
}

export const ErrorView: React.FC<IErrorViewProps> = ({ error, onRetry }) => (
  <Notice
    kind="error"
    isMultiline
    actions={onRetry ? <LightButton onClick={onRetry}>{isStaleEdit(error) ? strings.Reload : strings.Retry}</LightButton> : undefined}
  >
    <strong>{strings.ErrorTitle}. </strong>
    {describeError(error)}
  </Notice>
);

export interface ISetupNeededViewProps {
  /** What the setup check found missing. */
  report: SetupReport;
}

export const SetupNeededView: React.FC<ISetupNeededViewProps> = ({ report }) => (
  <Notice kind="warning" isMultiline>
    <strong>{strings.SetupNeededTitle}. </strong>
    {strings.SetupNeededBody}
    {report.missingLists.length > 0 && (
      <div>
        {strings.SetupMissingLists} {report.missingLists.join(', ')}
      </div>
    )}
    {report.missingFields.length > 0 && (
      <div>
        {strings.SetupMissingFields} {report.missingFields.join(', ')}
      </div>
    )}
  </Notice>
);
