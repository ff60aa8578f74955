import { MigrationInterface, QueryRunner } from "typeorm";

export class SingleSignOnAndScim1796163125204 implements MigrationInterface {
    name = 'SingleSignOnAndScim1796163125204'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "scim_links" (
                "employee_id" uuid NOT NULL,
                "external_id" character varying(255),
                "token_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_57ff31821480b951bbfe5fad09a" PRIMARY KEY ("employee_id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_61a9754bfd89836dfcf78667b4" ON "scim_links" ("external_id")
            WHERE external_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "scim_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(80) NOT NULL,
                "token_hash" character(64) NOT NULL,
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5e368798dfa88b0d9fb185e8901" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_2f0bba718f72bfe82a482a1093" ON "scim_tokens" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "sso_identities" (
                "employee_id" uuid NOT NULL,
                "issuer" character varying(500) NOT NULL,
                "subject" character varying(255) NOT NULL,
                "last_id_token" text,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6d07af3c3b656c4dc50b10eb688" PRIMARY KEY ("employee_id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sso_identities_issuer_subject" ON "sso_identities" ("issuer", "subject")
        `);
        await queryRunner.query(`
            CREATE TABLE "sso_login_attempts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "state_hash" character(64) NOT NULL,
                "browser_hash" character(64) NOT NULL,
                "nonce" character varying(100) NOT NULL,
                "code_verifier" character varying(100) NOT NULL,
                "return_to" character varying(500) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_033838e8eda35ba07fb69b3645f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9ce55b853c5ec1a23c4ae287bc" ON "sso_login_attempts" ("state_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_beb243d7d24e1338ff4b7203d9" ON "sso_login_attempts" ("expires_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "sso_settings" (
                "id" smallint NOT NULL,
                "enabled" boolean NOT NULL DEFAULT false,
                "provider_name" character varying(60) NOT NULL DEFAULT '',
                "issuer" character varying(500) NOT NULL DEFAULT '',
                "client_id" character varying(200) NOT NULL DEFAULT '',
                "client_secret_encrypted" text,
                "allowed_domains" text array NOT NULL DEFAULT '{}',
                "require_sso" boolean NOT NULL DEFAULT false,
                "break_glass_emails" text array NOT NULL DEFAULT '{}',
                "jit_provisioning" boolean NOT NULL DEFAULT false,
                "department_claim" character varying(100) NOT NULL DEFAULT 'department',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6859bb1e603183281bfe9b652f5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "scim_links"
            ADD CONSTRAINT "FK_57ff31821480b951bbfe5fad09a" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sso_identities"
            ADD CONSTRAINT "FK_6d07af3c3b656c4dc50b10eb688" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sso_identities" DROP CONSTRAINT "FK_6d07af3c3b656c4dc50b10eb688"
        `);
        await queryRunner.query(`
            ALTER TABLE "scim_links" DROP CONSTRAINT "FK_57ff31821480b951bbfe5fad09a"
        `);
        await queryRunner.query(`
            DROP TABLE "sso_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_beb243d7d24e1338ff4b7203d9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9ce55b853c5ec1a23c4ae287bc"
        `);
        await queryRunner.query(`
            DROP TABLE "sso_login_attempts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_sso_identities_issuer_subject"
        `);
        await queryRunner.query(`
            DROP TABLE "sso_identities"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2f0bba718f72bfe82a482a1093"
        `);
        await queryRunner.query(`
            DROP TABLE "scim_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_61a9754bfd89836dfcf78667b4"
        `);
        await queryRunner.query(`
            DROP TABLE "scim_links"
        `);
    }

}
