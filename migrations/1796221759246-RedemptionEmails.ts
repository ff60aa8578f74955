import { MigrationInterface, QueryRunner } from "typeorm";

export class RedemptionEmails1796221759246 implements MigrationInterface {
    name = 'RedemptionEmails1796221759246'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TYPE "public"."email_kind"
            ADD VALUE 'redemptions'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."email_kind_old" AS ENUM(
                'named_hero',
                'story_endorsed',
                'rewarded',
                'story_hidden',
                'weekly_digest',
                'anniversary'
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
    }

}
