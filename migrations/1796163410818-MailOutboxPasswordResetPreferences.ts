import { MigrationInterface, QueryRunner } from "typeorm";

export class MailOutboxPasswordResetPreferences1796163410818 implements MigrationInterface {
    name = 'MailOutboxPasswordResetPreferences1796163410818'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."mail_transport" AS ENUM('smtp', 'outbox')
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "message_key" character varying(300) NOT NULL,
                "kind" character varying(40) NOT NULL,
                "employee_id" uuid,
                "recipient" character varying(254) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "transport" "public"."mail_transport" NOT NULL,
                "html" text,
                "text" text,
                "list_unsubscribe" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_78a7e705d27a1cd919bd9faa140" UNIQUE ("message_key"),
                CONSTRAINT "PK_1bd6e76ef3b3d4aff7d0510a509" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_mail_messages_outbox" ON "mail_messages" ("transport", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "password_reset_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "employee_id" uuid NOT NULL,
                "token_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_91185d86d5d7557b19abbb2868b" UNIQUE ("token_hash"),
                CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_cb296885cc13bd9cc9e53b2a43" ON "password_reset_tokens" ("employee_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."email_kind" AS ENUM(
                'named_hero',
                'story_endorsed',
                'rewarded',
                'story_hidden',
                'weekly_digest',
                'anniversary'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."email_mode" AS ENUM('immediately', 'daily', 'never')
        `);
        await queryRunner.query(`
            CREATE TABLE "email_preferences" (
                "employee_id" uuid NOT NULL,
                "kind" "public"."email_kind" NOT NULL,
                "mode" "public"."email_mode" NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_79a2dca50364b36d6e3ce223e22" PRIMARY KEY ("employee_id", "kind")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "employees"
            ADD "email_refused_reason" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "employees"
            ADD "email_refused_at" TIMESTAMP WITH TIME ZONE
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "employees" DROP COLUMN "email_refused_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "employees" DROP COLUMN "email_refused_reason"
        `);
        await queryRunner.query(`
            DROP TABLE "email_preferences"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."email_mode"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."email_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_cb296885cc13bd9cc9e53b2a43"
        `);
        await queryRunner.query(`
            DROP TABLE "password_reset_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_mail_messages_outbox"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_messages"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."mail_transport"
        `);
    }

}
