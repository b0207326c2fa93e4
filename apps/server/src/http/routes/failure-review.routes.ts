import type { RouteDeps, RouteServer } from '../app.ts';

export function registerFailureReviewRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
