import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: session cookies and invite links carry these. */
export function generateSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Session and invite tokens are high-entropy, so a plain SHA-256 is what is stored (like API keys). */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
