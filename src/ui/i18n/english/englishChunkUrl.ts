/**
 * The URLs of the English chunks (`assets/en-…`, named so by scripts/build/englishChunks.ts): the
 * service worker's runtime cache keeps them, and keepEnglishOffline fetches them through it.
 */
export const englishChunkUrl = /\/assets\/en-[^/]+\.js$/;
