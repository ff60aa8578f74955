import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A version counter per table that cached read models key on (rewards; the roster has its own roster_version),
 * bumped by a statement-level trigger once in each writing transaction: whoever writes, through whichever path, the
 * next reader sees a new version. It replaces count(*) + max(created_at) + max(revoked_at) over every reward on
 * each unrecognised-champions request.
 * No entity maps this table: only the triggers write it and the read models read it.
 */
export class ReadModelVersions1796163000000 implements MigrationInterface {
    name = 'ReadModelVersions1796163000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "read_model_versions" (
                "name" character varying(60) NOT NULL,
                "version" bigint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_read_model_versions" PRIMARY KEY ("name")
            )
        `);
        await queryRunner.query(`INSERT INTO "read_model_versions" ("name") VALUES ('rewards')`);
        await queryRunner.query(`
            CREATE FUNCTION "bump_read_model_version"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                marker text := 'heroics.version_bumped_' || TG_ARGV[0];
            BEGIN
                -- Once per transaction: a 10,000-row import would otherwise update the same row 10,000 times.
                IF current_setting(marker, true) IS DISTINCT FROM txid_current()::text THEN
                    UPDATE "read_model_versions" SET "version" = "version" + 1 WHERE "name" = TG_ARGV[0];
                    PERFORM set_config(marker, txid_current()::text, true);
                END IF;
                RETURN NULL;
            END $$
        `);
        for (const table of ['rewards']) {
            await queryRunner.query(`
                CREATE TRIGGER "trg_${table}_read_model_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION "bump_read_model_version"('${table}')
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['rewards']) await queryRunner.query(`DROP TRIGGER "trg_${table}_read_model_version" ON "${table}"`);
        await queryRunner.query(`DROP FUNCTION "bump_read_model_version"()`);
        await queryRunner.query(`DROP TABLE "read_model_versions"`);
    }

}
