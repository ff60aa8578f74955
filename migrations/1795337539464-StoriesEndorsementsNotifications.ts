import { MigrationInterface, QueryRunner } from "typeorm";

export class StoriesEndorsementsNotifications1795337539464 implements MigrationInterface {
    name = 'StoriesEndorsementsNotifications1795337539464'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."story_channel" AS ENUM(
                'in_person',
                'phone',
                'chat',
                'email',
                'social',
                'field'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."story_status" AS ENUM('published', 'hidden')
        `);
        await queryRunner.query(`
            CREATE TABLE "stories" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "author_id" uuid NOT NULL,
                "title" character varying(120) NOT NULL,
                "situation" character varying(2000) NOT NULL,
                "action" character varying(2000) NOT NULL,
                "impact" character varying(2000) NOT NULL,
                "occurred_on" date NOT NULL,
                "channel" "public"."story_channel" NOT NULL,
                "resolved_without_handoff" boolean NOT NULL,
                "customer_quote" character varying(500),
                "status" "public"."story_status" NOT NULL DEFAULT 'published',
                "hidden_reason" character varying(500),
                "hidden_by_id" uuid,
                "hidden_at" TIMESTAMP WITH TIME ZONE,
                "featured_at" TIMESTAMP WITH TIME ZONE,
                "featured_by_id" uuid,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL DEFAULT '1',
                "endorsement_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bb6f880b260ed96c452b32a39f0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_stories_author_created_id" ON "stories" ("author_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_stories_created_id" ON "stories" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "endorsements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "story_id" uuid NOT NULL,
                "endorser_id" uuid NOT NULL,
                "comment" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_endorsements_story_endorser" UNIQUE ("story_id", "endorser_id"),
                CONSTRAINT "PK_c7a21592bc1b39fabf5ba56f738" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_endorsements_endorser" ON "endorsements" ("endorser_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_endorsements_story_created" ON "endorsements" ("story_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind" AS ENUM('named_hero', 'story_endorsed', 'rewarded')
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "kind" "public"."notification_kind" NOT NULL,
                "story_id" uuid,
                "actor_id" uuid,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_notifications_recipient_created" ON "notifications" ("recipient_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "story_heroes" (
                "story_id" uuid NOT NULL,
                "employee_id" uuid NOT NULL,
                "department_id" uuid NOT NULL,
                "story_created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_7a28cf17d2268c665167b84e50d" PRIMARY KEY ("story_id", "employee_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_story_heroes_department_feed" ON "story_heroes" ("department_id", "story_created_at", "story_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_story_heroes_employee_feed" ON "story_heroes" ("employee_id", "story_created_at", "story_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "company_values" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(60) NOT NULL,
                "description" character varying(240) NOT NULL DEFAULT '',
                "retired_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_05a8bcbb85a89780decd70dcfb6" UNIQUE ("name"),
                CONSTRAINT "PK_4ff35dbeceb486f0503b53137e8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "story_values" (
                "story_id" uuid NOT NULL,
                "value_id" uuid NOT NULL,
                CONSTRAINT "PK_2e1fd7df991afae3f7b4043835f" PRIMARY KEY ("story_id", "value_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_story_values_value" ON "story_values" ("value_id", "story_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "stories"
            ADD CONSTRAINT "FK_1e6ca6b1e366a7575873f2d1c30" FOREIGN KEY ("author_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "endorsements"
            ADD CONSTRAINT "FK_2b10f6bfdf2146fb96e69ee6bf4" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "endorsements"
            ADD CONSTRAINT "FK_2a2923c1633684eff9273b7b25d" FOREIGN KEY ("endorser_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "story_heroes"
            ADD CONSTRAINT "FK_c207ca5ead0661d68f2e8c61ed6" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "story_heroes"
            ADD CONSTRAINT "FK_ad6e5252ce408735f02444f0423" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "story_heroes"
            ADD CONSTRAINT "FK_83b1335bda2e59c2d8b3cf6f5bb" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "story_values"
            ADD CONSTRAINT "FK_4c85b071ddd0b483c54069f3961" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "story_values"
            ADD CONSTRAINT "FK_111e8f956babaf128a635fdb4c7" FOREIGN KEY ("value_id") REFERENCES "company_values"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "story_values" DROP CONSTRAINT "FK_111e8f956babaf128a635fdb4c7"
        `);
        await queryRunner.query(`
            ALTER TABLE "story_values" DROP CONSTRAINT "FK_4c85b071ddd0b483c54069f3961"
        `);
        await queryRunner.query(`
            ALTER TABLE "story_heroes" DROP CONSTRAINT "FK_83b1335bda2e59c2d8b3cf6f5bb"
        `);
        await queryRunner.query(`
            ALTER TABLE "story_heroes" DROP CONSTRAINT "FK_ad6e5252ce408735f02444f0423"
        `);
        await queryRunner.query(`
            ALTER TABLE "story_heroes" DROP CONSTRAINT "FK_c207ca5ead0661d68f2e8c61ed6"
        `);
        await queryRunner.query(`
            ALTER TABLE "endorsements" DROP CONSTRAINT "FK_2a2923c1633684eff9273b7b25d"
        `);
        await queryRunner.query(`
            ALTER TABLE "endorsements" DROP CONSTRAINT "FK_2b10f6bfdf2146fb96e69ee6bf4"
        `);
        await queryRunner.query(`
            ALTER TABLE "stories" DROP CONSTRAINT "FK_1e6ca6b1e366a7575873f2d1c30"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_story_values_value"
        `);
        await queryRunner.query(`
            DROP TABLE "story_values"
        `);
        await queryRunner.query(`
            DROP TABLE "company_values"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_story_heroes_employee_feed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_story_heroes_department_feed"
        `);
        await queryRunner.query(`
            DROP TABLE "story_heroes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_notifications_recipient_created"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_endorsements_story_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_endorsements_endorser"
        `);
        await queryRunner.query(`
            DROP TABLE "endorsements"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_stories_created_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_stories_author_created_id"
        `);
        await queryRunner.query(`
            DROP TABLE "stories"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."story_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."story_channel"
        `);
    }

}
