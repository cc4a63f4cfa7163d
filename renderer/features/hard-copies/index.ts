/**
 * The hard copies feature's public face (guidance 001 hard copies), for the records router, its
 * navigation and the queue screen: the screen (loaded on demand), its address, the count for the
 * navigation, the hook that keeps that count current as the upload queue changes, and the words
 * a received queue item shows.
 */
export { HardCopiesScreen } from './lazy-screen.tsx';
export { HARD_COPIES_HREF, isHardCopiesHash, useHardCopiesRoute } from './routes.ts';
export { useHardCopiesCount } from './hard-copies-store.ts';
export { useHardCopiesRefresh } from './use-hard-copies-refresh.ts';
export { queueHardCopyWords } from './queue-note.ts';
