/**
 * Repairs to MGT 4.6's own markup, applied from outside because MGT is retired (August 2026) and
 * will not be fixed upstream. Each repair names the axe rule it answers.
 *
 * - mgt-person-card ends with a focusable "end of card" sentinel, `<div aria-label tabindex=0
 *   id="end-of-container">`: a name on a div without a role (axe aria-prohibited-attr, serious).
 *   Giving it role="group" keeps the announcement and makes the name allowed.
 */
const SENTINEL = '#end-of-container:not([role])';

function repair(root: ShadowRoot): void {
  root.querySelectorAll(SENTINEL).forEach((el) => el.setAttribute('role', 'group'));
}

/**
 * Watches a mgt-person for its contact card (drawn in the person's shadow root, with a shadow root
 * of its own, on first open and again when expanded) and repairs each rendering. Returns a stop
 * function.
 */
export function watchPersonCard(person: HTMLElement): () => void {
  const observers: MutationObserver[] = [];
  const watched = new WeakSet<ShadowRoot>();
  const watch = (root: ShadowRoot): void => {
    if (watched.has(root)) return;
    watched.add(root);
    repair(root);
    const o = new MutationObserver(() => {
      repair(root);
      root.querySelectorAll('*').forEach((el) => {
        if (el.shadowRoot) watch(el.shadowRoot);
      });
    });
    o.observe(root, { childList: true, subtree: true });
    observers.push(o);
  };
  if (person.shadowRoot) watch(person.shadowRoot);
  return () => observers.forEach((o) => o.disconnect());
}
