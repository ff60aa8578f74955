import { Module } from '@nestjs/common';
import { BudgetsController } from './budgets.controller';
import { BudgetsRepository } from './budgets.repository';
import { BudgetsService } from './budgets.service';

@Module({ controllers: [BudgetsController], providers: [BudgetsService, BudgetsRepository], exports: [BudgetsService] })
export class BudgetsModule {}
