import { MigrationInterface, QueryRunner } from "typeorm";

export class Badges1796279476899 implements MigrationInterface {
    name = 'Badges1796279476899'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "badges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(60) NOT NULL,
                "description" character varying(200) NOT NULL DEFAULT '',
                "icon" character varying(40) NOT NULL,
                "retired_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8a651318b8de577e8e217676466" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_badges_active_name" ON "badges" ("name")
            WHERE "retired_at" IS NULL
        `);
        // A company starts with a few badges managers can give at once; admins rename, retire or add to them.
        await queryRunner.query(`
            INSERT INTO "badges" ("name", "description", "icon") VALUES
                ('Calm in the storm', 'Kept a customer, and the team, steady when everything went wrong.', 'umbrella'),
                ('Above and beyond', 'Did far more than the job asked, because the customer needed it.', 'rocket'),
                ('Team player', 'Made a colleague''s day easier: covered, taught, or shared the load.', 'users'),
                ('Customer champion', 'Stood up for a customer until their problem was truly solved.', 'headset')
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD "badge_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD CONSTRAINT "chk_rewards_badge" CHECK (
                    "badge_id" IS NULL
                    OR "kind" = 'badge'
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards"
            ADD CONSTRAINT "FK_826d49d23e4f6c53e5c33764587" FOREIGN KEY ("badge_id") REFERENCES "badges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP CONSTRAINT "FK_826d49d23e4f6c53e5c33764587"
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP CONSTRAINT "chk_rewards_badge"
        `);
        await queryRunner.query(`
            ALTER TABLE "rewards" DROP COLUMN "badge_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_badges_active_name"
        `);
        await queryRunner.query(`
            DROP TABLE "badges"
        `);
    }

}
