/**
 * lean-qr's smallest build (about 2 kB gzip), re-exported from a file of ours so that its lazy
 * chunk is named after it (`leanQr-….js`), for the bundle checks and the bench to find.
 */
export { generate, correction } from 'lean-qr/nano';
