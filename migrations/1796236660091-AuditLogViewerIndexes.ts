import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditLogViewerIndexes1796236660091 implements MigrationInterface {
    name = 'AuditLogViewerIndexes1796236660091'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_action" ON "audit_log" ("action", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_actor" ON "audit_log" ("actor_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_audit_log_created" ON "audit_log" ("created_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_actor"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_audit_log_action"
        `);
    }

}
