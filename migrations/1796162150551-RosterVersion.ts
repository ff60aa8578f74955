import { MigrationInterface, QueryRunner } from "typeorm";

export class RosterVersion1796162150551 implements MigrationInterface {
    name = 'RosterVersion1796162150551'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "roster_version" (
                "id" smallint NOT NULL DEFAULT '1',
                "version" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "roster_version_single_row" CHECK (id = 1),
                CONSTRAINT "PK_0b9c0aa2801e55604dbc52971c8" PRIMARY KEY ("id")
            )
        `);
        // The one row (EmployeesService also creates it on the first roster change if it is missing).
        await queryRunner.query(`INSERT INTO "roster_version" ("id", "version") VALUES (1, 0)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "roster_version"
        `);
    }

}
