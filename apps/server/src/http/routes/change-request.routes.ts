import type { RouteDeps, RouteServer } from '../app.ts';

export function registerChangeRequestRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
