import type { RouteDeps, RouteServer } from '../app.ts';

export function registerBidRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
