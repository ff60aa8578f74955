import { MigrationInterface, QueryRunner } from "typeorm";

export class QuickKudos1796281678828 implements MigrationInterface {
    name = 'QuickKudos1796281678828'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "quick_kudos" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "giver_id" uuid NOT NULL,
                "hero_id" uuid NOT NULL,
                "value_id" uuid NOT NULL,
                "message" character varying(280) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_035769983bdae945754de4e1c66" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_quick_kudos_giver_created" ON "quick_kudos" ("giver_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_quick_kudos_hero_created" ON "quick_kudos" ("hero_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_quick_kudos_created" ON "quick_kudos" ("created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "kudos_id" uuid
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'kudos_received'
        `);
        await queryRunner.query(`
            ALTER TABLE "quick_kudos"
            ADD CONSTRAINT "FK_a05d9c02e96ce1c995b9a8121d4" FOREIGN KEY ("giver_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quick_kudos"
            ADD CONSTRAINT "FK_4a4f4b8742dd6cf78ce6888b4bd" FOREIGN KEY ("hero_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quick_kudos"
            ADD CONSTRAINT "FK_e7c2536859d89703012fd42e589" FOREIGN KEY ("value_id") REFERENCES "company_values"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "quick_kudos" DROP CONSTRAINT "FK_e7c2536859d89703012fd42e589"
        `);
        await queryRunner.query(`
            ALTER TABLE "quick_kudos" DROP CONSTRAINT "FK_4a4f4b8742dd6cf78ce6888b4bd"
        `);
        await queryRunner.query(`
            ALTER TABLE "quick_kudos" DROP CONSTRAINT "FK_a05d9c02e96ce1c995b9a8121d4"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind_old" AS ENUM(
                'named_hero',
                'story_endorsed',
                'rewarded',
                'redemption_requested',
                'redemption_fulfilled',
                'redemption_declined'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind_old"
            RENAME TO "notification_kind"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "kudos_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_quick_kudos_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_quick_kudos_hero_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_quick_kudos_giver_created"
        `);
        await queryRunner.query(`
            DROP TABLE "quick_kudos"
        `);
    }

}
