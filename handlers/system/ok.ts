/** Mattermost's ReturnStatusOK body. */
export const STATUS_OK = { status: 'OK' } as const;
