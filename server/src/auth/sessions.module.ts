import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { HousekeepingJobs } from './auth.jobs';
import { jwtModuleOptions } from './jwt-options';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/**
 * Sign-ins (refresh-token families and access tokens), apart from the sign-in pages: the employees module ends a
 * leaver's sessions through it, and AuthModule (which reads credentials from the employees module) builds on it,
 * so neither module needs the other in a cycle.
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => jwtModuleOptions(config),
    }),
  ],
  providers: [SessionsService, SessionsRepository, HousekeepingJobs],
  exports: [SessionsService],
})
export class SessionsModule {}
