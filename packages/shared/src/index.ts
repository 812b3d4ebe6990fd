export * from './validators/index.ts';
export * from './roles.ts';
