/**
 * The gateway's sense of now, passed in rather than read from `Date` everywhere, so tests can move
 * time forward (a lockout that ends, a token that expires) without waiting for it.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `at` plus `ms`, as the ISO-8601 text the database stores. */
export const isoAfter = (at: Date, ms: number): string => new Date(at.getTime() + ms).toISOString();
