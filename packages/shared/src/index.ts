export * from './validators/index.ts';
export * from './roles.ts';
export * from './api.ts';
