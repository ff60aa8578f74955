import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CurrentEmployee } from '../common/current-employee';
import { BadgesErrors } from './badges.errors';
import { BadgeRow, BadgesRepository, isBadgeNameTaken } from './badges.repository';
import { BadgeDto, CreateBadgeDto, UpdateBadgeDto } from './dto/badge.dto';

function toBadgeDto(row: BadgeRow): BadgeDto {
  return { id: row.id, name: row.name, description: row.description, icon: row.icon, retired: row.retired, createdAt: new Date(row.createdAt).toISOString() };
}

@Injectable()
export class BadgesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly badges: BadgesRepository,
    private readonly audit: AuditService,
  ) {}

  /** The badges one may give now; admins may also ask for the retired ones (to bring one back). */
  async list(viewer: CurrentEmployee, includeRetired = false): Promise<BadgeDto[]> {
    return (await this.badges.list(includeRetired && viewer.role === 'admin')).map(toBadgeDto);
  }

  async create(actor: CurrentEmployee, dto: CreateBadgeDto): Promise<BadgeDto> {
    if (await this.badges.activeNameTaken(dto.name)) throw BadgesErrors.nameTaken();
    const badge = { name: dto.name, description: dto.description ?? '', icon: dto.icon };
    const id = await this.unlessNameTaken(() =>
      this.dataSource.transaction(async (manager) => {
        const newId = await this.badges.insert(manager, badge);
        await this.audit.record(manager, { actorId: actor.id, action: 'badge.created', subjectType: 'badge', subjectId: newId, after: { ...badge } });
        return newId;
      }),
    );
    return toBadgeDto((await this.badges.findById(id))!);
  }

  async update(actor: CurrentEmployee, id: string, dto: UpdateBadgeDto): Promise<BadgeDto> {
    const current = await this.badges.findById(id);
    if (!current) throw BadgesErrors.notFound();
    const name = dto.name ?? current.name;
    // A name must be unique among active badges: renaming an active one, or bringing one back, checks it.
    const willBeActive = dto.retired === undefined ? !current.retired : !dto.retired;
    const nameOrStateChanges = name.toLowerCase() !== current.name.toLowerCase() || (current.retired && dto.retired === false);
    if (willBeActive && nameOrStateChanges && (await this.badges.activeNameTaken(name, id))) throw BadgesErrors.nameTaken();
    // null (or '') clears the description; the column holds '' for "none".
    const changes = { name: dto.name, description: dto.description === null ? '' : dto.description, icon: dto.icon, retired: dto.retired };
    await this.unlessNameTaken(() =>
      this.dataSource.transaction(async (manager) => {
        await this.badges.update(manager, id, changes);
        const retiring = dto.retired === true && !current.retired;
        const restoring = dto.retired === false && current.retired;
        await this.audit.record(manager, {
          actorId: actor.id,
          action: retiring ? 'badge.retired' : restoring ? 'badge.restored' : 'badge.updated',
          subjectType: 'badge',
          subjectId: id,
          before: { name: current.name, description: current.description, icon: current.icon, retired: current.retired },
          after: { ...changes },
        });
      }),
    );
    return toBadgeDto((await this.badges.findById(id))!);
  }

  /** For rewards: whether this badge can be given now (it exists and is not retired). */
  isActive(id: string): Promise<boolean> {
    return this.badges.isActive(id);
  }

  private async unlessNameTaken<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isBadgeNameTaken(error)) throw BadgesErrors.nameTaken();
      throw error;
    }
  }
}
