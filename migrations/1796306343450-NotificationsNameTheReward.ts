import { MigrationInterface, QueryRunner } from "typeorm";

export class NotificationsNameTheReward1796306343450 implements MigrationInterface {
    name = 'NotificationsNameTheReward1796306343450'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "reward_id" uuid
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "reward_id"
        `);
    }

}
