export * from './users';
export * from './sessions';
export * from './system';
export * from './roles';
export * from './teams';
export * from './channels';
export * from './sidebar';
