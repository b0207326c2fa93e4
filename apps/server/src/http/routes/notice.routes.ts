import type { RouteDeps, RouteServer } from '../app.ts';

export function registerNoticeRoutes(app: RouteServer, r: RouteDeps) {
  void app;
  void r;
}
