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
import { RefreshCookie } from './refresh-cookie';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => jwtModuleOptions(config),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, SessionsRepository, LoginThrottleService, RefreshCookie, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionsService, SessionsRepository, RefreshCookie],
})
export class AuthModule {}
