/**
 * Real clients pointed at a running emulator. Tests pick an identity with the X-Emulator-User
 * header, exactly as the emulator's README describes.
 */
import { GraphBrowser, graphfi, type GraphFI } from '@pnp/graph';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/graph/users';
import '@pnp/graph/groups';
import '@pnp/graph/members';
import '@pnp/graph/photos';
import '@pnp/graph/cloud-communications';
import '@pnp/graph/batching';

/** @pnp/graph, with the emulator's Graph root (origin + /graph/v1.0) as its base URL. */
export function graphClient(origin: string, upn: string): GraphFI {
  return graphfi().using(GraphBrowser({ baseUrl: `${origin}/graph/v1.0` }), InjectHeaders({ 'X-Emulator-User': upn }));
}
