import { MigrationInterface, QueryRunner } from "typeorm";

export class LanguageSettings1796304856954 implements MigrationInterface {
    name = 'LanguageSettings1796304856954'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "language_settings" (
                "id" smallint NOT NULL,
                "default_language" character varying(8) NOT NULL DEFAULT 'en',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_206e117af059b8dc1c04d529101" PRIMARY KEY ("id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "language_settings"
        `);
    }

}
