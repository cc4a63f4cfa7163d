/** Where the home's hard copies to mark are saved on the device (record-cache.ts), named once. */
export const HARD_COPIES_CACHE_KEY = 'hard-copies';
