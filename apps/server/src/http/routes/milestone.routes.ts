import type { RouteDeps, RouteServer } from '../app.ts';

export function registerMilestoneRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
