export * from './residentId.ts';
export * from './socialCreditCode.ts';
export * from './mobile.ts';
export * from './divisionCode.ts';
export * from './messages.ts';
