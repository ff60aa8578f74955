import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface EndorsementRow {
  id: string;
  endorserId: string;
  endorserName: string;
  departmentId: string;
  departmentName: string;
  comment: string | null;
  createdAt: Date;
}

/** When the endorsement (being added or withdrawn) was made. */
export interface EndorsementChange {
  endorsedAt: Date;
}

@Injectable()
export class EndorsementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the endorsement in the caller's transaction (which then moves the story's counter through its owner).
   * Of concurrent repeats, the unique constraint lets exactly one insert through; the others get null.
   */
  async endorse(manager: EntityManager, storyId: string, endorserId: string): Promise<EndorsementChange | null> {
    const inserted = await manager.query(
      `INSERT INTO endorsements (story_id, endorser_id) VALUES ($1, $2)
       ON CONFLICT ON CONSTRAINT uq_endorsements_story_endorser DO NOTHING RETURNING created_at AS "createdAt"`,
      [storyId, endorserId],
    );
    if (!inserted.length) return null;
    return { endorsedAt: inserted[0].createdAt };
  }

  async withdraw(manager: EntityManager, storyId: string, endorserId: string): Promise<EndorsementChange | null> {
    const deleted = await manager.query(
      `WITH gone AS (DELETE FROM endorsements WHERE story_id = $1 AND endorser_id = $2 RETURNING created_at) SELECT created_at AS "createdAt" FROM gone`,
      [storyId, endorserId],
    );
    if (!deleted.length) return null;
    return { endorsedAt: deleted[0].createdAt };
  }

  async page(storyId: string, limit: number, after?: [string, string]): Promise<EndorsementRow[]> {
    return this.dataSource.query(
      `SELECT en.id, e.id AS "endorserId", e.name AS "endorserName", d.id AS "departmentId", d.name AS "departmentName",
              (SELECT c.body FROM comments c WHERE c.story_id = en.story_id AND c.author_id = en.endorser_id AND c.deleted_at IS NULL
                ORDER BY c.created_at DESC, c.id DESC LIMIT 1) AS comment,
              en.created_at AS "createdAt"
         FROM endorsements en JOIN employees e ON e.id = en.endorser_id JOIN departments d ON d.id = e.department_id
        WHERE en.story_id = $1 ${after ? 'AND (en.created_at, en.id) < ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY en.created_at DESC, en.id DESC LIMIT $2`,
      after ? [storyId, limit, after[0], after[1]] : [storyId, limit],
    );
  }

  async currentCount(storyId: string): Promise<number> {
    const [row] = await this.dataSource.query('SELECT endorsement_count AS n FROM stories WHERE id = $1', [storyId]);
    return row?.n ?? 0;
  }
}
