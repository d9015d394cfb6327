/** What the last action did, in words, and how to put it back. */
export interface ActionNoticeContent {
  kind: 'success' | 'error';
  text: string;
  /** Puts back what the action changed (after a withdrawal), with its accessible name. */
  undo?: { label: string; run: () => void };
}

export interface IActionNoticeProps {
  /** Nothing is shown without one. */
  notice?: ActionNoticeContent;
  onDismiss: () => void;
  className?: string;
}
