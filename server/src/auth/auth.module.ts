import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { jwtModuleOptions } from './jwt-options';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordController } from './password.controller';
import { DeviceCookie } from './device-cookie';
import { RefreshCookie } from './refresh-cookie';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { HousekeepingJobs } from './auth.jobs';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => jwtModuleOptions(config),
    }),
  ],
  controllers: [AuthController, PasswordController],
  providers: [
    AuthService,
    SessionsService,
    SessionsRepository,
    HousekeepingJobs,
    LoginThrottleService,
    RefreshCookie,
    DeviceCookie,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SessionsService, RefreshCookie],
})
export class AuthModule {}
