import { MigrationInterface, QueryRunner } from "typeorm";

export class CustomerPraiseOnStories1796281101453 implements MigrationInterface {
    name = 'CustomerPraiseOnStories1796281101453'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stories"
            ADD "customer_praised_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "stories"
            ADD "customer_praise" character varying(500)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stories" DROP COLUMN "customer_praise"
        `);
        await queryRunner.query(`
            ALTER TABLE "stories" DROP COLUMN "customer_praised_at"
        `);
    }

}
