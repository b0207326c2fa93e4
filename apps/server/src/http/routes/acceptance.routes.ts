import type { RouteDeps, RouteServer } from '../app.ts';

export function registerAcceptanceRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
