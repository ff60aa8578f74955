import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EmployeesModule } from '../employees/employees.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordController } from './password.controller';
import { DeviceCookie } from './device-cookie';
import { RefreshCookie } from './refresh-cookie';
import { SessionsModule } from './sessions.module';

@Module({
  imports: [SessionsModule, EmployeesModule],
  controllers: [AuthController, PasswordController],
  providers: [AuthService, LoginThrottleService, RefreshCookie, DeviceCookie, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionsModule, RefreshCookie],
})
export class AuthModule {}
