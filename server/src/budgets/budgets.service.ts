import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { periodEnd, periodStart, quarterLabel, quarterStartOf, todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { BudgetsErrors } from './budgets.errors';
import { BudgetRow, BudgetsRepository } from './budgets.repository';
import { BudgetDto, BudgetQuarterQueryDto, SetBudgetDto, TopUpBudgetDto } from './dto/budget.dto';

/** Quarterly points budgets of managers and admins; rewards spend from them through spend() and refund(). */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly budgets: BudgetsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** First day of the current quarter in the company time zone. */
  currentQuarterStart(now = new Date()): string {
    return periodStart('quarter', todayIn(this.config.companyTimeZone, now));
  }

  async mine(viewer: CurrentEmployee): Promise<BudgetDto> {
    const start = this.currentQuarterStart();
    const [row] = await this.budgets.list(start, viewer.id);
    return toBudgetDto(row, start);
  }

  async list(query: BudgetQuarterQueryDto): Promise<BudgetDto[]> {
    const start = this.quarter(query.quarter);
    return (await this.budgets.list(start)).map((row) => toBudgetDto(row, start));
  }

  async set(viewer: CurrentEmployee, dto: SetBudgetDto): Promise<BudgetDto> {
    return this.change(viewer, dto, 'budget.set', (before) => {
      if (dto.points < before.spent) throw BudgetsErrors.belowSpent(before.spent);
      return { points: dto.points };
    });
  }

  async topUp(viewer: CurrentEmployee, dto: TopUpBudgetDto): Promise<BudgetDto> {
    return this.change(viewer, dto, 'budget.topped_up', (before) => ({
      points: before.points + dto.points,
      audit: { added: dto.points, note: dto.note ?? null },
    }));
  }

  /**
   * Gives a current holder's budget for the quarter the allotment `next` makes of the one before (which it may refuse),
   * with an audit entry of before and after, in one transaction.
   */
  private async change(
    viewer: CurrentEmployee,
    dto: { holderId: string; quarter: string },
    action: 'budget.set' | 'budget.topped_up',
    next: (before: { points: number; spent: number }) => { points: number; audit?: Record<string, unknown> },
  ): Promise<BudgetDto> {
    const start = this.quarter(dto.quarter);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.budgets.isCurrentHolder(manager, dto.holderId))) throw BudgetsErrors.notABudgetHolder();
      const before = await this.budgets.lockOrCreate(manager, dto.holderId, start);
      const { points, audit } = next(before);
      await this.budgets.setPoints(manager, dto.holderId, start, points);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action,
        subjectType: 'employee',
        subjectId: dto.holderId,
        before: { quarter: dto.quarter, ...before },
        after: { quarter: dto.quarter, points, spent: before.spent, ...audit },
      });
    });
    return this.one(dto.holderId, start);
  }

  /** Takes points from the holder's budget for the quarter, in the caller's transaction; 422 with what remains if short. */
  async spend(manager: EntityManager, holderId: string, quarterStart: string, points: number): Promise<number> {
    const spent = await this.budgets.spend(manager, holderId, quarterStart, points);
    if (!spent) throw BudgetsErrors.exceeded(await this.budgets.remaining(manager, holderId, quarterStart), points);
    return spent.remaining;
  }

  refund(manager: EntityManager, holderId: string, quarterStart: string, points: number): Promise<void> {
    return this.budgets.refund(manager, holderId, quarterStart, points);
  }

  private quarter(label?: string): string {
    if (!label) return this.currentQuarterStart();
    const start = quarterStartOf(label);
    if (!start) throw BudgetsErrors.invalidQuarter();
    return start;
  }

  private async one(holderId: string, start: string): Promise<BudgetDto> {
    const [row] = await this.budgets.list(start, holderId);
    return toBudgetDto(row, start);
  }
}

function toBudgetDto(row: BudgetRow, quarterStart: string): BudgetDto {
  return {
    holderId: row.holderId,
    holderName: row.holderName,
    holderRole: row.holderRole,
    departments: row.departments,
    departmentIds: row.departmentIds,
    quarter: quarterLabel(quarterStart),
    quarterStart,
    quarterEnd: periodEnd('quarter', quarterStart)!,
    points: row.points,
    spent: row.spent,
    remaining: row.points - row.spent,
  };
}
