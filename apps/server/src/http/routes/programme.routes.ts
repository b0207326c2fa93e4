import type { RouteDeps, RouteServer } from '../app.ts';

export function registerProgrammeRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
