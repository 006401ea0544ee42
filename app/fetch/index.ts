export * from './untrusted';
export { ExpiringCache } from './expiringCache';
