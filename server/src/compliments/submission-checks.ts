import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CappedMap, Challenge, createChallenge, randomInt } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { verify } from 'altcha-lib/frameworks/shared';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { POW } from './compliments.policy';

/**
 * The self-hosted checks a thank-you form carries: a signed start time (minimum fill time) and an ALTCHA
 * proof-of-work. Keys are derived from JWT_SECRET, so every instance signs and verifies alike. A solved challenge
 * is accepted once per instance (and a replayed one from elsewhere still has to pass the duplicate rule).
 */
@Injectable()
export class SubmissionChecks {
  private readonly formKey: Buffer;
  private readonly clientKey: Buffer;
  private readonly powSecret: string;
  private readonly powKeySecret: string;
  private readonly usedChallenges = new CappedMap<string, boolean>({ maxSize: 50_000 });

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const derive = (label: string) => createHmac('sha256', config.jwtSecret).update(`heroics compliments ${label}`).digest();
    this.formKey = derive('form');
    this.clientKey = derive('client');
    this.powSecret = derive('pow').toString('hex');
    this.powKeySecret = derive('pow key').toString('hex');
  }

  /** `<ms>.<signature>`: when the form was served, so a form sent back faster than a person types is refused. */
  signStart(nowMs = Date.now()): string {
    return `${nowMs}.${this.sign(String(nowMs))}`;
  }

  /** The start time from a signed value, or null when it is missing or forged. */
  readStart(value: string | undefined): number | null {
    const match = /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
    if (!match) return null;
    const expected = Buffer.from(this.sign(match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? Number(match[1]) : null;
  }

  /** Who sent it, without keeping their address: an HMAC of the client IP. */
  clientHash(ip: string): string {
    return createHmac('sha256', this.clientKey).update(ip).digest('hex');
  }

  textHash(key: string): string {
    return createHmac('sha256', this.clientKey).update(`text:${key}`).digest('hex');
  }

  challenge(): Promise<Challenge> {
    return createChallenge({
      algorithm: POW.algorithm,
      cost: POW.cost,
      counter: randomInt(POW.counterMax, POW.counterMin),
      deriveKey,
      expiresAt: new Date(Date.now() + POW.expiresSeconds * 1000),
      hmacSignatureSecret: this.powSecret,
      hmacKeySignatureSecret: this.powKeySecret,
    });
  }

  /** Whether the widget's payload (base64 JSON of the challenge and its solution) is a fresh, valid proof of work. */
  async proofOfWork(payload: string | undefined): Promise<boolean> {
    if (!payload || payload.length > 4000) return false;
    try {
      const result = await verify(payload, deriveKey, this.powSecret, this.powKeySecret, this.usedChallenges);
      return result.error === null;
    } catch {
      return false;
    }
  }

  private sign(value: string): string {
    return createHmac('sha256', this.formKey).update(value).digest('base64url');
  }
}
