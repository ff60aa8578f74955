import { MigrationInterface, QueryRunner } from "typeorm";

export class EmployeeNumberAndLeavingDate1796409642972 implements MigrationInterface {
    name = 'EmployeeNumberAndLeavingDate1796409642972'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "employees"
            ADD "employee_number" character varying(64)
        `);
        await queryRunner.query(`
            ALTER TABLE "employees"
            ADD "leaving_on" date
        `);
        await queryRunner.query(`
            ALTER TABLE "employees"
            ADD "leaving_reason" "public"."leave_reason"
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employees_employee_number" ON "employees" ("employee_number")
            WHERE "employee_number" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_employees_leaving_on" ON "employees" ("leaving_on")
            WHERE "leaving_on" IS NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."idx_employees_leaving_on"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_employees_employee_number"
        `);
        await queryRunner.query(`
            ALTER TABLE "employees" DROP COLUMN "leaving_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "employees" DROP COLUMN "leaving_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "employees" DROP COLUMN "employee_number"
        `);
    }

}
