import { Inject, Injectable } from '@nestjs/common';
import { periodEnd, periodStart, todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LeaderboardDto, LeaderboardEntryDto, LeaderboardQueryDto, SCORE_FORMULA } from './dto/leaderboard.dto';
import { LeaderboardRow, LeaderboardsRepository } from './leaderboards.repository';

@Injectable()
export class LeaderboardsService {
  constructor(
    private readonly leaderboards: LeaderboardsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Everyone may see the leaderboards of any department: recognition is public inside the company. */
  async board(viewer: CurrentEmployee, query: LeaderboardQueryDto): Promise<LeaderboardDto> {
    const period = query.period ?? 'month';
    const metric = query.metric ?? 'score';
    const start = periodStart(period, query.date ?? todayIn(this.config.companyTimeZone));
    const limit = query.limit ?? 20;
    const rows = await this.leaderboards.board({
      period,
      periodStart: start,
      metric,
      departmentId: query.departmentId,
      includeLeavers: query.includeLeavers ?? false,
      limit,
      viewerId: viewer.id,
    });
    const mine = rows.find((r) => r.isViewer);
    return {
      period,
      periodStart: start,
      periodEnd: periodEnd(period, start),
      metric,
      departmentId: query.departmentId ?? null,
      participants: rows[0]?.participants ?? 0,
      items: rows.filter((r) => r.position <= limit).map(toEntry),
      me: mine ? toEntry(mine) : null,
      scoreFormula: SCORE_FORMULA,
      timeZone: this.config.companyTimeZone,
    };
  }
}

function toEntry(row: LeaderboardRow): LeaderboardEntryDto {
  return {
    rank: row.rank,
    employeeId: row.employeeId,
    name: row.name,
    department: { id: row.departmentId, name: row.departmentName },
    value: Number(row.value),
    storiesAsHero: row.storiesAsHero,
    endorsementsReceived: row.endorsementsReceived,
    pointsReceived: row.pointsReceived,
    score: Number(row.score),
  };
}
