import { MigrationInterface, QueryRunner } from "typeorm";

export class PointsCatalogueRedemptions1796162517499 implements MigrationInterface {
    name = 'PointsCatalogueRedemptions1796162517499'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "catalogue_images" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "content_type" character varying(40) NOT NULL,
                "bytes" bytea NOT NULL,
                "width" integer NOT NULL,
                "height" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_307787cb6dcb40fd93d5adca521" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."catalogue_category" AS ENUM(
                'gift_card',
                'charity_donation',
                'time_off',
                'company_swag',
                'experience',
                'custom'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "catalogue_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(120) NOT NULL,
                "description" character varying(2000) NOT NULL DEFAULT '',
                "category" "public"."catalogue_category" NOT NULL,
                "cost" integer NOT NULL,
                "stock" integer,
                "yearly_limit" integer,
                "department_ids" uuid array NOT NULL DEFAULT '{}',
                "charities" character varying(120) array NOT NULL DEFAULT '{}',
                "image_id" uuid,
                "retired_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_catalogue_items_cost" CHECK ("cost" > 0),
                CONSTRAINT "chk_catalogue_items_stock" CHECK (
                    "stock" IS NULL
                    OR "stock" >= 0
                ),
                CONSTRAINT "PK_dfdfa87af17a78ccfe793a5a0b6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_catalogue_items_title" ON "catalogue_items" ("title", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "points_accounts" (
                "employee_id" uuid NOT NULL,
                "balance" integer NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_points_accounts_not_negative" CHECK ("balance" >= 0),
                CONSTRAINT "PK_9f8b73471886353d406f2e19140" PRIMARY KEY ("employee_id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."points_entry_kind" AS ENUM(
                'reward',
                'reward_revoked',
                'redemption',
                'redemption_returned',
                'expiry'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "points_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "employee_id" uuid NOT NULL,
                "kind" "public"."points_entry_kind" NOT NULL,
                "points" integer NOT NULL,
                "reward_id" uuid,
                "redemption_id" uuid,
                "received_on" date,
                "note" character varying(200) NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_65c6da170aeec36e4870a88336e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_points_entries_employee_created" ON "points_entries" ("employee_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "points_settings" (
                "id" smallint NOT NULL DEFAULT '1',
                "expiry_months" smallint,
                "leaderboard_public" boolean NOT NULL DEFAULT false,
                "leaver_grace_days" smallint NOT NULL DEFAULT '90',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_points_settings_leaver_grace_days" CHECK (
                    "leaver_grace_days" BETWEEN 0 AND 3650
                ),
                CONSTRAINT "chk_points_settings_expiry_months" CHECK (
                    "expiry_months" IS NULL
                    OR "expiry_months" BETWEEN 1 AND 120
                ),
                CONSTRAINT "chk_points_settings_single_row" CHECK ("id" = 1),
                CONSTRAINT "PK_5a6f590e91992eb01cc9b3541a0" PRIMARY KEY ("id")
            )
        `);
        // catalogue_category is shared with catalogue_items, created above (the generator writes it once per table).
        await queryRunner.query(`
            CREATE TYPE "public"."redemption_status" AS ENUM('pending', 'fulfilled', 'declined')
        `);
        await queryRunner.query(`
            CREATE TABLE "redemptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "employee_id" uuid NOT NULL,
                "employee_department_id" uuid NOT NULL,
                "item_id" uuid,
                "title" character varying(120) NOT NULL,
                "category" "public"."catalogue_category" NOT NULL,
                "cost" integer NOT NULL,
                "charity" character varying(120),
                "request" character varying(1000) NOT NULL DEFAULT '',
                "status" "public"."redemption_status" NOT NULL DEFAULT 'pending',
                "note" character varying(1000),
                "code_encrypted" text,
                "code_revealed_at" TIMESTAMP WITH TIME ZONE,
                "decided_by_id" uuid,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_redemptions_cost" CHECK ("cost" > 0),
                CONSTRAINT "PK_def143ab94376fea5985bb04219" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_redemptions_item_employee" ON "redemptions" ("item_id", "employee_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_redemptions_status_created" ON "redemptions" ("status", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_redemptions_employee_created" ON "redemptions" ("employee_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "redemption_id" uuid
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'redemption_requested'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'redemption_fulfilled'
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_kind"
            ADD VALUE 'redemption_declined'
        `);
        await queryRunner.query(`
            ALTER TABLE "points_accounts"
            ADD CONSTRAINT "FK_9f8b73471886353d406f2e19140" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "points_entries"
            ADD CONSTRAINT "FK_665e0ae21949fd9ebb7bd62c8e7" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "redemptions"
            ADD CONSTRAINT "FK_9dfdce1886ea36ec9690ccf1c39" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Not generated: points already given before balances existed become each person's opening ledger and balance.
        await queryRunner.query(`
            INSERT INTO "points_entries" ("employee_id", "kind", "points", "reward_id", "received_on", "created_at")
            SELECT "recipient_id", 'reward', "points", "id", "awarded_on", "created_at" FROM "rewards" WHERE "revoked_at" IS NULL AND "points" > 0
        `);
        await queryRunner.query(`
            INSERT INTO "points_accounts" ("employee_id", "balance")
            SELECT "employee_id", sum("points")::int FROM "points_entries" GROUP BY "employee_id"
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "redemptions" DROP CONSTRAINT "FK_9dfdce1886ea36ec9690ccf1c39"
        `);
        await queryRunner.query(`
            ALTER TABLE "points_entries" DROP CONSTRAINT "FK_665e0ae21949fd9ebb7bd62c8e7"
        `);
        await queryRunner.query(`
            ALTER TABLE "points_accounts" DROP CONSTRAINT "FK_9f8b73471886353d406f2e19140"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_kind_old" AS ENUM('named_hero', 'story_endorsed', 'rewarded')
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
            ALTER TABLE "notifications" DROP COLUMN "redemption_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_redemptions_employee_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_redemptions_status_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_redemptions_item_employee"
        `);
        await queryRunner.query(`
            DROP TABLE "redemptions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."redemption_status"
        `);
        await queryRunner.query(`
            DROP TABLE "points_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_points_entries_employee_created"
        `);
        await queryRunner.query(`
            DROP TABLE "points_entries"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."points_entry_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "points_accounts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_catalogue_items_title"
        `);
        await queryRunner.query(`
            DROP TABLE "catalogue_items"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."catalogue_category"
        `);
        await queryRunner.query(`
            DROP TABLE "catalogue_images"
        `);
    }

}
