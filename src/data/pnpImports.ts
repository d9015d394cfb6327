/** PnPjs is imported selectively: only the parts CoP Hub uses end up in the bundle. */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import '@pnp/graph/users';
import '@pnp/graph/groups';
import '@pnp/graph/members';
