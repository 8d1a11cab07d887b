import { createHash, timingSafeEqual } from 'node:crypto';

/** True when the Authorization header carries the expected bearer token; compared in constant time. */
export function bearerMatches(header: string | null | undefined, expected: string | undefined): boolean {
  if (!expected || !header) return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m?.[1]) return false;
  const a = createHash('sha256').update(m[1]).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
