import type { RouteDeps, RouteServer } from '../app.ts';

export function registerAwardRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
