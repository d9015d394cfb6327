import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';

/**
 * An id for this element that is unique on the page (Fluent's getId), kept for the component's life:
 * two web parts on one page never share an id, so aria-labelledby and label `for` find their own.
 */
export function useId(prefix: string): string {
  const [id] = React.useState(() => getId(prefix));
  return id;
}
