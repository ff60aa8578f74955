import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { NotificationsService } from '../notifications/notifications.service';
import { ValuesService } from '../values/values.service';
import { GiveKudosDto, KudosDto, KudosPageDto, ListKudosQueryDto } from './dto/kudos.dto';
import { KudosErrors } from './kudos.errors';
import { kudosRefusal, mayDeleteKudos } from './kudos.policy';
import { KudosRepository, KudosRow } from './kudos.repository';

@Injectable()
export class KudosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kudos: KudosRepository,
    private readonly values: ValuesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async give(giver: CurrentEmployee, dto: GiveKudosDto): Promise<KudosDto> {
    const hero = await this.kudos.heroCandidate(dto.heroId);
    if (!hero) throw KudosErrors.unknownHero();
    const refusal = kudosRefusal(giver.id, hero);
    if (refusal === 'self') throw KudosErrors.selfKudos();
    if (refusal === 'hero_has_left') throw KudosErrors.heroHasLeft(hero.name);
    if (!(await this.values.allActive([dto.valueId]))) throw KudosErrors.unknownValue();
    const id = await this.dataSource.transaction(async (manager) => {
      const kudosId = await this.kudos.insert(manager, giver.id, hero.id, dto.valueId, dto.message);
      await this.notifications.notify(manager, [{ recipientId: hero.id, kind: 'kudos_received', storyId: null, actorId: giver.id, kudosId }]);
      await this.audit.record(manager, {
        actorId: giver.id,
        action: 'kudos.given',
        subjectType: 'quick_kudos',
        subjectId: kudosId,
        after: { heroId: hero.id, heroName: hero.name, valueId: dto.valueId, message: dto.message },
      });
      return kudosId;
    });
    return toKudosDto((await this.kudos.findById(id))!, giver);
  }

  async list(viewer: CurrentEmployee, query: ListKudosQueryDto): Promise<KudosPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const rows = await this.kudos.page({ heroId: query.heroId, giverId: query.giverId }, limit + 1, after);
    const page = keysetPage(rows, limit, (r) => [r.cursorAt, r.id]);
    return { items: page.rows.map((r) => toKudosDto(r, viewer)), nextCursor: page.nextCursor };
  }

  async remove(viewer: CurrentEmployee, id: string): Promise<void> {
    const current = await this.kudos.findById(id);
    if (!current) throw KudosErrors.notFound();
    if (!mayDeleteKudos(viewer, current)) throw current.giverId === viewer.id ? KudosErrors.undoWindowClosed() : KudosErrors.notYours();
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.kudos.delete(manager, id))) throw KudosErrors.notFound();
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'kudos.deleted',
        subjectType: 'quick_kudos',
        subjectId: id,
        before: { giverId: current.giverId, giverName: current.giverName, heroId: current.heroId, heroName: current.heroName, message: current.message },
      });
    });
  }

  /** For the person's recognition in numbers: kudos are counted apart from the stories in which they are a hero. */
  receivedCount(heroId: string): Promise<number> {
    return this.kudos.receivedCount(heroId);
  }
}

function toKudosDto(row: KudosRow, viewer: CurrentEmployee): KudosDto {
  return {
    id: row.id,
    giver: { id: row.giverId, name: row.giverName },
    hero: { id: row.heroId, name: row.heroName, department: { id: row.heroDepartmentId, name: row.heroDepartmentName } },
    value: { id: row.valueId, name: row.valueName },
    message: row.message,
    canDelete: mayDeleteKudos(viewer, { giverId: row.giverId, heroDepartmentId: row.heroDepartmentId, createdAt: new Date(row.createdAt) }),
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
