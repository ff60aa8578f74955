import { Module } from '@nestjs/common';
import { BadgesController } from './badges.controller';
import { BadgesRepository } from './badges.repository';
import { BadgesService } from './badges.service';

@Module({ controllers: [BadgesController], providers: [BadgesService, BadgesRepository], exports: [BadgesService] })
export class BadgesModule {}
