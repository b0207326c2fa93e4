import type { RouteDeps, RouteServer } from '../app.ts';

export function registerReviewRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
