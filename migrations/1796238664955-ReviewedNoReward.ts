import { MigrationInterface, QueryRunner } from "typeorm";

export class ReviewedNoReward1796238664955 implements MigrationInterface {
    name = 'ReviewedNoReward1796238664955'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "story_reviews" (
                "story_id" uuid NOT NULL,
                "reviewed_by" uuid NOT NULL,
                "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_282bed8c56b24f767e4c1b1a89c" PRIMARY KEY ("story_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "story_reviews"
            ADD CONSTRAINT "FK_282bed8c56b24f767e4c1b1a89c" FOREIGN KEY ("story_id") REFERENCES "stories"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "story_reviews"
            ADD CONSTRAINT "FK_df491a5a4027aa82969c2eda127" FOREIGN KEY ("reviewed_by") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "story_reviews" DROP CONSTRAINT "FK_df491a5a4027aa82969c2eda127"
        `);
        await queryRunner.query(`
            ALTER TABLE "story_reviews" DROP CONSTRAINT "FK_282bed8c56b24f767e4c1b1a89c"
        `);
        await queryRunner.query(`
            DROP TABLE "story_reviews"
        `);
    }

}
