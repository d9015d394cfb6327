/**
 * Question hits with what their items say (answered, their community, hidden ones left out), read
 * after the page shows so a search stays one request; until then, and if the read fails, the hits
 * show as the index gave them.
 */
import * as React from 'react';
import { hitKey, withQuestionDetails, type HubSearchPage, type QuestionHitDetails } from '../../domain/hubSearch';
import type { IHubSearchService } from '../../domain/services';

export function useQuestionDetails(search: IHubSearchService, page: HubSearchPage | undefined): HubSearchPage | undefined {
  const [details, setDetails] = React.useState<ReadonlyMap<string, QuestionHitDetails>>(new Map());
  const asked = React.useRef(new Set<string>());
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  React.useEffect(() => {
    if (!page || !search.questionDetails) return undefined;
    const wanted = page.hits.filter((h) => h.kind === 'question' && !h.justAdded && !asked.current.has(hitKey(h)));
    if (wanted.length === 0) return undefined;
    wanted.forEach((h) => asked.current.add(hitKey(h)));
    // Kept for later pages even when the page changed meanwhile: the same hits may come back.
    search.questionDetails(wanted).then(
      (read) => mounted.current && setDetails((before) => new Map([...before, ...read])),
      () => wanted.forEach((h) => asked.current.delete(hitKey(h))), // shown as the index gave them
    );
    return undefined;
  }, [search, page]);
  return React.useMemo(() => (page ? { ...page, hits: withQuestionDetails(page.hits, details) } : undefined), [page, details]);
}
