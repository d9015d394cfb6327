export interface IMembershipExplainerProps {
  /** Id for the explainer's heading, unique on the page (a page may hold two directories). */
  headingId: string;
}
