import { MigrationInterface, QueryRunner } from "typeorm";

export class RosterSortByHireDate1796236730880 implements MigrationInterface {
    name = 'RosterSortByHireDate1796236730880'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "idx_employees_hired_on_id" ON "employees" ("hired_on", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_employees_hired_on_id"
        `);
    }

}
