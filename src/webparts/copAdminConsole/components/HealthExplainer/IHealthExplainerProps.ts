export interface IHealthExplainerProps {
  /** Open when first shown (closed by default; the summary toggles it). */
  defaultOpen?: boolean;
}
