/**
 * The Questions tab, loaded on first use: the section and its forms are in their own chunk, so the
 * home's first view neither downloads nor reads anything for it.
 */
import * as React from 'react';
import { LoadingView } from '../../../../ui/components/StatusViews';
import type { IQuestionsTabProps } from './QuestionsTab';

const QuestionsTab = React.lazy(() => import(/* webpackChunkName: 'cop-questions-section' */ './QuestionsTab'));

export const LazyQuestions: React.FC<IQuestionsTabProps> = (props) => (
  <React.Suspense fallback={<LoadingView rows={4} />}>
    <QuestionsTab {...props} />
  </React.Suspense>
);
