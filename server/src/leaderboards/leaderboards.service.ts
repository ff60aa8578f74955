import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { periodEnd, periodStart, todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DomainError } from '../common/domain-error';
import { PointsService } from '../points/points.service';
import { LeaderboardDto, LeaderboardEntryDto, LeaderboardQueryDto, SCORE_FORMULA } from './dto/leaderboard.dto';
import { BoardScope, LeaderboardRow, LeaderboardsRepository, ViewerTallyRow } from './leaderboards.repository';

/** A board older than LEADERBOARD_REFRESH_SECONDS is re-ranked in the background, and never served older than this many times that. */
const MAX_AGE_FACTOR = 6;
/** The most rows a board keeps ranked; the API's `limit` is at most this. */
const RANKED_ROWS = 100;

interface RankedBoard {
  computedAt: number;
  top: LeaderboardRow[];
  /** Distinct metric values, highest first, with how many people hold each. */
  values: { value: number; people: number }[];
  participants: number;
}

/**
 * Leaderboards read the per-period tallies, which every write keeps exact in its own transaction. Ranking a
 * whole company's month still means sorting tens of thousands of tallies, so each board (period, scope, metric)
 * is ranked at most every LEADERBOARD_REFRESH_SECONDS (default 5) per instance and served from memory in between
 * (stale-while-revalidate; a board nobody asked for in six intervals is re-ranked before answering). The viewer's
 * own row is read live, in `me` and in the list, so your own recognition shows at once; other people's within seconds.
 */
@Injectable()
export class LeaderboardsService {
  private readonly boards = new LRUCache<string, RankedBoard>({ max: 2_000 });
  private readonly refreshing = new Map<string, Promise<RankedBoard>>();

  constructor(
    private readonly leaderboards: LeaderboardsRepository,
    private readonly points: PointsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Everyone may see the leaderboards of any department: recognition is public inside the company. Points are
   * not, unless the company opts in (points settings): then only admins rank by points, and other people's
   * point totals are left out (the combined score stays, as it is public).
   */
  async board(viewer: CurrentEmployee, query: LeaderboardQueryDto): Promise<LeaderboardDto> {
    const period = query.period ?? 'month';
    const metric = query.metric ?? 'score';
    const pointsVisible = viewer.role === 'admin' || (await this.points.isLeaderboardPublic());
    if (metric === 'points' && !pointsVisible) {
      throw new DomainError(
        'forbidden',
        'points_leaderboard_private',
        'This company keeps reward points private: rank by stories, endorsements or score.',
        'metric',
      );
    }
    const start = periodStart(period, query.date ?? todayIn(this.config.companyTimeZone));
    const limit = Math.min(query.limit ?? 20, RANKED_ROWS);
    const scope: BoardScope = { period, periodStart: start, metric, departmentId: query.departmentId, includeLeavers: query.includeLeavers ?? false };
    const [board, own] = await Promise.all([this.ranked(scope), this.leaderboards.viewerTally(scope, viewer.id)]);
    const me = own ? { ...own, rank: rankOf(Number(own.value), board.values) } : null;
    // The viewer's live row takes its place among the ranked rows (by value), wherever the cached ranking had it.
    const items: (ViewerTallyRow & { rank: number })[] = board.top.filter((row) => row.employeeId !== viewer.id);
    if (me) {
      const at = items.findIndex((row) => Number(row.value) < Number(me.value));
      items.splice(at === -1 ? items.length : at, 0, me);
    }
    return {
      period,
      periodStart: start,
      periodEnd: periodEnd(period, start),
      metric,
      departmentId: query.departmentId ?? null,
      participants: board.participants,
      items: items.slice(0, limit).map((row) => toEntry(row, pointsVisible || row.employeeId === viewer.id)),
      me: me ? toEntry(me, true) : null,
      pointsPublic: pointsVisible,
      scoreFormula: SCORE_FORMULA,
      timeZone: this.config.companyTimeZone,
    };
  }

  private async ranked(scope: BoardScope): Promise<RankedBoard> {
    const key = JSON.stringify(scope);
    const cached = this.boards.get(key);
    const age = cached ? Date.now() - cached.computedAt : Number.POSITIVE_INFINITY;
    const refreshMs = this.config.leaderboardRefreshSeconds * 1000;
    if (cached && age <= refreshMs * MAX_AGE_FACTOR) {
      if (age >= refreshMs) this.refresh(key, scope).catch(() => undefined);
      return cached;
    }
    return this.refresh(key, scope);
  }

  /** One ranking per board at a time: concurrent requests share it. */
  private refresh(key: string, scope: BoardScope): Promise<RankedBoard> {
    let running = this.refreshing.get(key);
    if (!running) {
      running = (async () => {
        const computedAt = Date.now();
        const [top, values] = await Promise.all([
          this.leaderboards.board({ ...scope, limit: RANKED_ROWS, viewerId: null }),
          this.leaderboards.valueCounts(scope),
        ]);
        const board = { computedAt, top, values, participants: values.reduce((sum, v) => sum + v.people, 0) };
        this.boards.set(key, board);
        return board;
      })().finally(() => this.refreshing.delete(key));
      this.refreshing.set(key, running);
    }
    return running;
  }
}

/** Dense rank: one more than the number of distinct values above this one. */
export function rankOf(value: number, values: { value: number }[]): number {
  let above = 0;
  while (above < values.length && values[above].value > value) above++;
  return above + 1;
}

function toEntry(row: ViewerTallyRow & { rank: number }, showPoints: boolean): LeaderboardEntryDto {
  return {
    rank: row.rank,
    employeeId: row.employeeId,
    name: row.name,
    department: { id: row.departmentId, name: row.departmentName },
    value: Number(row.value),
    storiesAsHero: row.storiesAsHero,
    endorsementsReceived: row.endorsementsReceived,
    pointsReceived: showPoints ? row.pointsReceived : null,
    score: Number(row.score),
  };
}
