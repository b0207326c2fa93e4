export * from './test-database.ts';
export * from './test-app.ts';
export * from './factories.ts';
export * from './api-client.ts';
