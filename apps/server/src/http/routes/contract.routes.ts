import type { RouteDeps, RouteServer } from '../app.ts';

export function registerContractRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
