export * from './context.ts';
export * from './config/env.ts';
export * from './http/app.ts';
export * from './infra/audit-log.ts';
export * from './auth/passwords.ts';
export * from './main-server.ts';
export * from './use-cases/audit/export-audit-events.ts';
