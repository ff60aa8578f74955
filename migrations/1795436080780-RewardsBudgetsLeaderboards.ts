import { MigrationInterface, QueryRunner } from "typeorm";

export class RewardsBudgetsLeaderboards1795436080780 implements MigrationInterface {
    name = 'RewardsBudgetsLeaderboards1795436080780'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "reward_budgets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "holder_id" uuid NOT NULL,
                "quarter_start" date NOT NULL,
                "points" integer NOT NULL,
                "spent" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_reward_budgets_holder_quarter" UNIQUE ("holder_id", "quarter_start"),
                CONSTRAINT "chk_reward_budgets_not_overdrawn" CHECK (
                    "spent" >= 0
                    AND "spent" <= "points"
                ),
                CONSTRAINT "PK_7eb71600682099b522cc196a787" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."leaderboard_period" AS ENUM('week', 'month', 'quarter', 'year', 'all')
        `);
        await queryRunner.query(`
            CREATE TABLE "recognition_tallies" (
                "period_kind" "public"."leaderboard_period" NOT NULL,
                "period_start" date NOT NULL,
                "employee_id" uuid NOT NULL,
                "stories_as_hero" integer NOT NULL DEFAULT '0',
                "endorsements_received" integer NOT NULL DEFAULT '0',
                "points_received" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_88522766526c501ea736b28ac1c" PRIMARY KEY ("period_kind", "period_start", "employee_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_recognition_tallies_employee" ON "recognition_tallies" ("employee_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."reward_kind" AS ENUM('points', 'badge', 'gift', 'champion')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."champion_period" AS ENUM('month', 'quarter')
        `);
        await queryRunner.query(`
            CREATE TABLE "rewards" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "giver_id" uuid NOT NULL,
                "recipient_id" uuid NOT NULL,
                "recipient_department_id" uuid NOT NULL,
                "story_id" uuid,
                "kind" "public"."reward_kind" NOT NULL,
                "points" integer NOT NULL DEFAULT '0',
                "citation" character varying(1000) NOT NULL,
                "champion_period" "public"."champion_period",
                "period_start" date,
                "champion_department_id" uuid,
                "budget_quarter" date,
                "awarded_on" date NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_by_id" uuid,
                "revoke_reason" character varying(500),
                CONSTRAINT "chk_rewards_champion" CHECK (
                    ("kind" = 'champion') = (
                        "champion_period" IS NOT NULL
                        AND "period_start" IS NOT NULL
                        AND "champion_department_id" IS NOT NULL
                    )
                ),
                CONSTRAINT "chk_rewards_points" CHECK (
                    "points" >= 0
                    AND "points" <= 10000
                ),
                CONSTRAINT "PK_3d947441a48debeb9b7366f8b8c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_rewards_champion_department_period" ON "rewards" (
                "champion_department_id",
                "champion_period",
                "period_start"
            )
            WHERE "kind" = 'champion'
                AND "revoked_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rewards_story" ON "rewards" ("story_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rewards_created" ON "rewards" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rewards_giver_created" ON "rewards" ("giver_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_rewards_recipient_created" ON "rewards" ("recipient_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "reward_budgets"
            ADD CONSTRAINT "FK_631dea09a45bb1169195ed16ec1" FOREIGN KEY ("holder_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD CONSTRAINT "FK_bc12fa9c5f0a00a1ab25cb1c571" FOREIGN KEY ("giver_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD CONSTRAINT "FK_ef942da378e083463baa763b0a3" FOREIGN KEY ("recipient_id") REFERENCES "employees"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD CONSTRAINT "FK_99aa0f75962ad57afa168d43645" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD CONSTRAINT "FK_4ae89f1ee03a76d03f117252a5a" FOREIGN KEY ("champion_department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP CONSTRAINT "FK_4ae89f1ee03a76d03f117252a5a"
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP CONSTRAINT "FK_99aa0f75962ad57afa168d43645"
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP CONSTRAINT "FK_ef942da378e083463baa763b0a3"
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP CONSTRAINT "FK_bc12fa9c5f0a00a1ab25cb1c571"
        `);
        await queryRunner.query(`
            ALTER TABLE "reward_budgets" DROP CONSTRAINT "FK_631dea09a45bb1169195ed16ec1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_rewards_recipient_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_rewards_giver_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_rewards_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_rewards_story"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_rewards_champion_department_period"
        `);
        await queryRunner.query(`
            DROP TABLE "rewards"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."champion_period"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reward_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_recognition_tallies_employee"
        `);
        await queryRunner.query(`
            DROP TABLE "recognition_tallies"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."leaderboard_period"
        `);
        await queryRunner.query(`
            DROP TABLE "reward_budgets"
        `);
    }

}
