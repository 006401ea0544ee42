/** How the `format=old` client config renders values: everything is a string. */
export const bool = (value: boolean): string => (value ? 'true' : 'false');
export const num = (value: number): string => String(value);
export const list = (values: readonly string[]): string => values.join(',');
export const trimSlash = (url: string): string => url.replace(/\/+$/, '');
