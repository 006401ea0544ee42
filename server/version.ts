import { hostname } from 'node:os';

/** The Mattermost server version whose API this server speaks. Clients gate features on it. */
export const SERVER_VERSION = '11.9.0';
export const BUILD_NUMBER = 'mmts-0.1.0';
export const BUILD_HASH = 'mmts';
export const BUILD_DATE = '2026-11-22';
export const SERVER_HOSTNAME = hostname();
/** What X-Version-Id and the WebSocket hello carry: version.build.hash.licensed. */
export const VERSION_ID = `${SERVER_VERSION}.${BUILD_NUMBER}.${BUILD_HASH}.false`;
