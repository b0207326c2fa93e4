export * from './common.ts';
export * from './auth.ts';
export * from './indicator.ts';
export * from './need.ts';
