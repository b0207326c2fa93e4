import type { RouteDeps, RouteServer } from '../app.ts';

export function registerAuditRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
