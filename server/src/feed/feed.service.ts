import { Inject, Injectable } from '@nestjs/common';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { anniversaryToday } from '../employees/work-anniversaries';
import { LRUCache } from 'lru-cache';
import { StoryDto, toStoryDto } from '../stories/dto/story.dto';
import { CachedCard, StoryCardCache } from '../stories/story-card.cache';
import { cardJson } from '../stories/story-card.json';
import { AnniversaryDto, FeedQueryDto, HuddleQueryDto } from './dto/feed.dto';
import { FeedFilter, FeedRepository } from './feed.repository';

const DEFAULT_PAGE = 20;
const ANNIVERSARY_TTL_MS = 5 * 60_000;

@Injectable()
export class FeedService {
  private readonly anniversaryLists = new LRUCache<string, Promise<AnniversaryDto[]>>({ max: 1_000, ttl: ANNIVERSARY_TTL_MS });

  constructor(
    private readonly feed: FeedRepository,
    private readonly cards: StoryCardCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A page of the feed as the JSON of a FeedPageDto: the cards' shared parts are serialised once per cache fill and
   * each viewer's facts (endorsed by me, may edit, may moderate, hidden reason) are spliced in.
   */
  async page(viewer: CurrentEmployee, query: FeedQueryDto): Promise<string> {
    const scope = query.scope ?? 'company';
    if (scope === 'department' && !query.departmentId)
      throw new DomainError('bad_request', 'missing_department', 'departmentId is required for the department feed', 'departmentId');
    if (scope === 'person' && !query.employeeId)
      throw new DomainError('bad_request', 'missing_employee', 'employeeId is required for a person feed', 'employeeId');
    if (query.from && query.to && query.from > query.to) throw new DomainError('bad_request', 'empty_range', 'from must not be after to', 'from');
    const limit = query.limit ?? DEFAULT_PAGE;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const filter = { ...query, scope, viewerId: viewer.id };
    const [{ rows, nextCursor }, anniversaries] = await Promise.all([
      this.rows(filter, limit + 1, after).then((rows) => keysetPage(rows, limit, (r) => [new Date(r.card.createdAt).toISOString(), r.card.id])),
      after || scope === 'mine'
        ? []
        : this.anniversaries(scope === 'department' ? { departmentId: query.departmentId } : scope === 'person' ? { employeeId: query.employeeId } : {}),
    ]);
    const now = new Date();
    const items = rows.map((r) => cardJson(r.card, r.json, viewer, r.endorsedByMe, now)).join(',');
    return `{"items":[${items}],"nextCursor":${JSON.stringify(nextCursor)},"anniversaries":${JSON.stringify(anniversaries)}}`;
  }

  /** A page of cards: ids read live, cards from the cache or built for the ids it lacks, endorsedByMe for this viewer. */
  private async rows(filter: FeedFilter, limit: number, after?: [string, string]): Promise<(CachedCard & { endorsedByMe: boolean })[]> {
    const page = await this.feed.pageIds(filter, limit, after);
    if (page.length === 0) return [];
    const cards = await this.cards.getMany(page.map((row) => row.id));
    return page.flatMap(({ id, endorsedByMe }) => {
      const card = cards.get(id);
      return card ? [{ ...card, endorsedByMe }] : [];
    });
  }

  async huddle(viewer: CurrentEmployee, query: HuddleQueryDto): Promise<StoryDto[]> {
    const rows = await this.feed.huddle(viewer.id, query.days ?? 7, query.departmentId);
    return rows.map((row) => toStoryDto(row, viewer));
  }

  /** Work anniversaries change once a day: each scope's list is read at most every ANNIVERSARY_TTL_MS per instance. */
  private async anniversaries(scope: { departmentId?: string; employeeId?: string }): Promise<AnniversaryDto[]> {
    const today = todayIn(this.config.companyTimeZone);
    const key = `${today}|${scope.departmentId ?? ''}|${scope.employeeId ?? ''}`;
    let found = this.anniversaryLists.get(key);
    if (!found) {
      found = this.anniversariesOn(today, scope);
      this.anniversaryLists.set(key, found);
      found.catch(() => this.anniversaryLists.delete(key));
    }
    return found;
  }

  private async anniversariesOn(today: string, scope: { departmentId?: string; employeeId?: string }): Promise<AnniversaryDto[]> {
    const rows = await this.feed.hiredOnThisDay(today, scope);
    return rows.flatMap((row) => {
      const years = anniversaryToday(row.hiredOn, today);
      return years ? [{ employeeId: row.id, name: row.name, department: { id: row.departmentId, name: row.departmentName }, years, date: today }] : [];
    });
  }
}
