import type { RouteDeps, RouteServer } from '../app.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { registerNeedRoutes } from './need.routes.ts';

/** Every route group; each lives in its own file and only parses, authenticates, calls a use case and presents. */
export async function registerRoutes(app: RouteServer, deps: RouteDeps): Promise<void> {
  registerAuthRoutes(app, deps);
  registerNeedRoutes(app, deps);
}
