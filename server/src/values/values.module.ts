import { Module } from '@nestjs/common';
import { ValuesController } from './values.controller';
import { ValuesRepository } from './values.repository';
import { ValuesService } from './values.service';

@Module({ controllers: [ValuesController], providers: [ValuesService, ValuesRepository], exports: [ValuesService] })
export class ValuesModule {}
