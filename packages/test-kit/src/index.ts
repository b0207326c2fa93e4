export * from './test-database.ts';
export * from './test-app.ts';
export * from './factories.ts';
export * from './api-client.ts';
export * from './evaluation-factories.ts';
export * from './screening-factories.ts';
export * from './supervision-factories.ts';
export * from './query-counter.ts';
