import type { Suggestion } from '../../../../domain/models';
import type { SuggestionInput } from '../../../../domain/validation';

export interface ISuggestPanelProps {
  /** Whether the panel is open. */
  isOpen: boolean;
  /** Sends a valid suggestion (content.suggest); a rejection is shown in the panel. */
  onSubmit: (suggestion: SuggestionInput) => Promise<Suggestion>;
  /** Called once the suggestion is saved, with what was saved; the panel then closes. */
  onSubmitted: (suggestion: Suggestion) => void;
  /** Closes the panel without sending. */
  onDismiss: () => void;
  /** The practice areas to offer (the ones the directory's filter knows); "Other" asks for words. None: a text box. */
  practiceAreas?: readonly string[];
}
