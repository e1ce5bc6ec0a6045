import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const API_KEY_PREFIX = 'zn_live_';
export const API_KEY_PATTERN = /^zn_live_[A-Za-z0-9]{32}$/;

export function randomToken(length: number): string {
  let token = '';
  for (let i = 0; i < length; i++) token += ALPHABET[randomInt(ALPHABET.length)];
  return token;
}

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomToken(32);
}

/** Keys are high-entropy random strings, so a plain SHA-256 is enough (no slow KDF needed). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** What an owner sees to tell keys apart: `zn_live_AbCd…`. */
export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 4);
}
