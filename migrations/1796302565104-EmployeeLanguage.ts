import { MigrationInterface, QueryRunner } from "typeorm";

export class EmployeeLanguage1796302565104 implements MigrationInterface {
    name = 'EmployeeLanguage1796302565104'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "employees"
            ADD "language" character varying(8)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "employees" DROP COLUMN "language"
        `);
    }

}
