import { MigrationInterface, QueryRunner } from "typeorm";

export class GiftsFromTheCatalogue1796411132562 implements MigrationInterface {
    name = 'GiftsFromTheCatalogue1796411132562'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "redemptions"
            ADD "reward_id" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_redemptions_reward" ON "redemptions" ("reward_id")
            WHERE "reward_id" IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "redemptions"
            ADD CONSTRAINT "FK_e845e4dbdf77458f29473e5e0cf" FOREIGN KEY ("reward_id") REFERENCES "rewards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "redemptions" DROP CONSTRAINT "FK_e845e4dbdf77458f29473e5e0cf"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_redemptions_reward"
        `);
        await queryRunner.query(`
            ALTER TABLE "redemptions" DROP COLUMN "reward_id"
        `);
    }

}
