import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export const DEVICE_COOKIE = 'heroics_device';
/** A shared desk computer remembers the last few people who signed in on it. */
const MAX_ACCOUNTS_PER_DEVICE = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Device {
  id: string;
  employeeIds: string[];
}

/**
 * The OWASP "device cookie": signed (HMAC, by @fastify/cookie), http-only, long-lived, sent only to the sign-in route.
 * It names a device and the accounts whose password was proven on it, so an account lock caused by someone
 * guessing from elsewhere does not stop those people there.
 */
@Injectable()
export class DeviceCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The device's id, when its cookie is valid and vouches for this employee. */
  trustedDeviceFor(request: FastifyRequest, employeeId: string | undefined): string | undefined {
    const device = this.read(request);
    return employeeId && device?.employeeIds.includes(employeeId) ? device.id : undefined;
  }

  /** After a correct password: this device now vouches for the employee (most recent first). */
  remember(request: FastifyRequest, reply: FastifyReply, employeeId: string): void {
    const device = this.read(request) ?? { id: randomUUID(), employeeIds: [] };
    const employeeIds = [employeeId, ...device.employeeIds.filter((id) => id !== employeeId)].slice(0, MAX_ACCOUNTS_PER_DEVICE);
    void reply.setCookie(DEVICE_COOKIE, `${device.id}.${employeeIds.join(',')}`, {
      signed: true,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/api/auth/login',
      maxAge: this.config.login.deviceTrustDays * 86400,
    });
  }

  private read(request: FastifyRequest): Device | undefined {
    const raw = request.cookies?.[DEVICE_COOKIE];
    if (!raw || raw.length > 1000) return undefined;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return undefined;
    const [id, list] = unsigned.value.split('.');
    const employeeIds = (list ?? '').split(',').filter((e) => UUID.test(e));
    return UUID.test(id) ? { id, employeeIds } : undefined;
  }
}
