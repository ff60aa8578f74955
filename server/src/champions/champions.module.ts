import { Module } from '@nestjs/common';
import { ChampionsController } from './champions.controller';
import { ChampionsRepository } from './champions.repository';
import { ChampionsService } from './champions.service';

@Module({ controllers: [ChampionsController], providers: [ChampionsService, ChampionsRepository] })
export class ChampionsModule {}
