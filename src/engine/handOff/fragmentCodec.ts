/**
 * Data carried in a URL's fragment, which browsers never send to a server: JSON in base64url,
 * the only characters a fragment carries as they are. Used by the agent's link and the link
 * that continues a procedure on a phone; both read it like any outside input.
 */
export function encodeFragment(data: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(data))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export type DecodedFragment =
  { ok: true; data: unknown } | { ok: false; problem: 'empty' | 'tooLong' | 'garbled' | 'invalid' };

/**
 * Reads a fragment without trusting it; never throws. The caller checks the data with its
 * schema. `invalid`: a `__proto__` key, which zod would drop without a word and no record of
 * ours has.
 */
export function decodeFragment(encoded: string, maxLength: number): DecodedFragment {
  if (encoded === '') return { ok: false, problem: 'empty' };
  if (encoded.length > maxLength) return { ok: false, problem: 'tooLong' };
  let data: unknown;
  const seen = { prototypeKey: false };
  try {
    data = JSON.parse(fromBase64Url(encoded), (key, value: unknown) => {
      if (key === '__proto__') seen.prototypeKey = true;
      return value;
    });
  } catch {
    // Not base64url, not UTF-8, not JSON, or nested too deep to read.
    return { ok: false, problem: 'garbled' };
  }
  if (seen.prototypeKey) return { ok: false, problem: 'invalid' };
  return { ok: true, data };
}

/** Throws on anything that is not base64url of UTF-8 text: a truncated link usually is. */
function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
