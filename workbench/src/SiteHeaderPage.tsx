/**
 * The community site header as it sits on a community's SharePoint site: the same SiteHeader and
 * the same one-request data module the application customizer uses, over the emulator.
 */
import * as React from 'react';
import type { Community } from '../../src/domain/models';
import type { CopServices } from '../../src/domain/services';
import type { HeaderView } from '../../src/domain/siteHeader';
import { myHeaderView, type HeaderSource } from '../../src/data/siteHeaderData';
import { SiteHeader } from '../../src/extensions/communitySiteHeader/components/SiteHeader';

export const SiteHeaderPage: React.FC<{ services: CopServices; source: HeaderSource; communityId: number }> = ({
  services,
  source,
  communityId,
}) => {
  const [community, setCommunity] = React.useState<Community | undefined>(undefined);
  const [view, setView] = React.useState<HeaderView | undefined>(undefined);
  const [failed, setFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    setView(undefined);
    setFailed(false);
    // The site's own title stands in for pageContext.web.title (the workbench has one site).
    services.communities.get(communityId).then(setCommunity, () => setCommunity(undefined));
    services.people
      .me()
      .then((me) => myHeaderView(source, communityId, me.email))
      .then(setView, () => setFailed(true));
  }, [services, source, communityId, attempt]);
  return (
    <div style={{ border: '1px solid #c8c6c4' }}>
      <SiteHeader
        title={community?.title ?? '…'}
        standing={view?.standing}
        forming={view?.forming}
        joinUrl={`/community?community=${communityId}`}
        directoryUrl="/"
        onRetry={failed ? () => setAttempt((a) => a + 1) : undefined}
      />
      <div style={{ padding: 24, color: '#605e5c' }}>
        <h2 style={{ marginTop: 0 }}>{community?.title ?? ''} — community site</h2>
        <p>The page content of the community's own SharePoint site goes here. The bar above is the application customizer.</p>
      </div>
    </div>
  );
};
