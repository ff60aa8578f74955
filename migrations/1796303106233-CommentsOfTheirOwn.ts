import { MigrationInterface, QueryRunner } from "typeorm";

export class CommentsOfTheirOwn1796303106233 implements MigrationInterface {
    name = 'CommentsOfTheirOwn1796303106233'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "comments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "story_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "parent_id" uuid,
                "body" character varying(1000) NOT NULL,
                "thanks_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted_at" TIMESTAMP WITH TIME ZONE,
                "deleted_by_id" uuid,
                CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_comments_parent" ON "comments" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_comments_story_created" ON "comments" ("story_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "comment_mentions" (
                "comment_id" uuid NOT NULL,
                "employee_id" uuid NOT NULL,
                CONSTRAINT "PK_b41ca136b85e8a0d6bc169a6fa4" PRIMARY KEY ("comment_id", "employee_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_comment_mentions_employee" ON "comment_mentions" ("employee_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "comment_thanks" (
                "comment_id" uuid NOT NULL,
                "employee_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_896f79361e90d8481b9272c8719" PRIMARY KEY ("comment_id", "employee_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "stories"
            ADD "comment_count" integer NOT NULL DEFAULT '0'
        `);
        // The comments endorsements carried become comments of their own, by the same person at the same time.
        await queryRunner.query(`
            INSERT INTO "comments" ("story_id", "author_id", "body", "created_at")
            SELECT "story_id", "endorser_id", "comment", "created_at" FROM "endorsements" WHERE "comment" IS NOT NULL AND btrim("comment") <> ''
        `);
        await queryRunner.query(`
            UPDATE "stories" s SET "comment_count" = c.n FROM (SELECT "story_id", count(*)::int AS n FROM "comments" GROUP BY "story_id") c WHERE c."story_id" = s."id"
        `);
        await queryRunner.query(`
            ALTER TABLE "endorsements" DROP COLUMN "comment"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."email_kind"
            ADD VALUE 'mentions'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'story_commented'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'mentioned'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'story_hidden'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'comment_thanked'
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_fc9fbe054ad87248180aec2e9c9" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comments"
            ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_mentions"
            ADD CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_mentions"
            ADD CONSTRAINT "FK_74a0b337312035b735f4dbf2253" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_thanks"
            ADD CONSTRAINT "FK_27896264e6f84b000c723853dfb" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_thanks"
            ADD CONSTRAINT "FK_1626f408d706052642a0bbc664d" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "comment_thanks" DROP CONSTRAINT "FK_1626f408d706052642a0bbc664d"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_thanks" DROP CONSTRAINT "FK_27896264e6f84b000c723853dfb"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_74a0b337312035b735f4dbf2253"
        `);
        await queryRunner.query(`
            ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"
        `);
        await queryRunner.query(`
            ALTER TABLE "comments" DROP CONSTRAINT "FK_fc9fbe054ad87248180aec2e9c9"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind_old" AS ENUM(
                'named_hero',
                'story_endorsed',
                'rewarded',
                'redemption_requested',
                'redemption_fulfilled',
                'redemption_declined',
                'kudos_received'
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
            CREATE TYPE "public"."email_kind_old" AS ENUM(
                'named_hero',
                'story_endorsed',
                'rewarded',
                'story_hidden',
                'weekly_digest',
                'anniversary',
                'redemptions'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "email_preferences"
            ALTER COLUMN "kind" TYPE "public"."email_kind_old" USING "kind"::"text"::"public"."email_kind_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."email_kind"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."email_kind_old"
            RENAME TO "email_kind"
        `);
        await queryRunner.query(`
            ALTER TABLE "stories" DROP COLUMN "comment_count"
        `);
        await queryRunner.query(`
            ALTER TABLE "endorsements"
            ADD "comment" character varying(500)
        `);
        // Back onto the endorsement: the person's earliest comment on the story, when they still endorse it.
        await queryRunner.query(`
            UPDATE "endorsements" en SET "comment" = left(c."body", 500)
              FROM (SELECT DISTINCT ON ("story_id", "author_id") "story_id", "author_id", "body" FROM "comments"
                     WHERE "deleted_at" IS NULL AND "parent_id" IS NULL ORDER BY "story_id", "author_id", "created_at") c
             WHERE c."story_id" = en."story_id" AND c."author_id" = en."endorser_id"
        `);
        await queryRunner.query(`
            DROP TABLE "comment_thanks"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_comment_mentions_employee"
        `);
        await queryRunner.query(`
            DROP TABLE "comment_mentions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_comments_story_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_comments_parent"
        `);
        await queryRunner.query(`
            DROP TABLE "comments"
        `);
    }

}
