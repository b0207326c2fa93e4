import type { RouteDeps, RouteServer } from '../app.ts';

export function registerOrganisationRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
