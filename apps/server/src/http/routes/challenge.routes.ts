import type { RouteDeps, RouteServer } from '../app.ts';

export function registerChallengeRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
