import argon2 from 'argon2';
import { AppError } from './errors.ts';

export function hashPassword(plain: string): Promise<string> {
  return argon2.hash(plain, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

export function assertStrongPassword(plain: unknown, field = 'password'): asserts plain is string {
  if (typeof plain !== 'string' || plain.length < 10 || !/[A-Za-z]/.test(plain) || !/\d/.test(plain)) {
    throw new AppError('WEAK_PASSWORD', { field });
  }
}
