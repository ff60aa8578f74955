import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ClientConfigController } from './client-config.controller';
import { HealthController } from './health.controller';

@Module({ imports: [TerminusModule.forRoot({ logger: false })], controllers: [HealthController, ClientConfigController] })
export class HealthModule {}
