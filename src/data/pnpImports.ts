/**
 * PnPjs is imported selectively: only the parts every page's services use. What only the POD team's
 * and a site owner's code needs is imported beside it (adminParts.ts, schema/provision.ts), so it
 * loads with that code and never before a page's first render.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import '@pnp/graph/users';
