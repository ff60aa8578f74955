import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { ChampionsController } from './champions.controller';
import { ChampionsRepository } from './champions.repository';
import { ChampionsService } from './champions.service';

@Module({ imports: [EmployeesModule], controllers: [ChampionsController], providers: [ChampionsService, ChampionsRepository] })
export class ChampionsModule {}
