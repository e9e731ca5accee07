// PIN hashing with PBKDF2-HMAC-SHA256 through WebCrypto (browsers and Node 20 alike).
// The PIN itself is never stored: only a random salt, the iteration count and the hash.
import { PIN_MIN_ITERATIONS, type PinRecord } from './settings-schema';

const SALT_BYTES = 16;
const HASH_BITS = 256;

/** 4 to 12 digits: what a grandparent's family can remember and type. */
export function isAcceptablePin(pin: string): boolean {
  return /^\d{4,12}$/.test(pin);
}

export async function hashPin(pin: string, iterations = PIN_MIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return { salt: toBase64(salt), hash: toBase64(hash), iterations };
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const actual = await derive(pin, fromBase64(record.salt), record.iterations);
  return constantTimeEqual(actual, fromBase64(record.hash));
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
