export * from './SessionFeedback';
