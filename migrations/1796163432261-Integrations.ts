import { MigrationInterface, QueryRunner } from "typeorm";

export class Integrations1796163432261 implements MigrationInterface {
    name = 'Integrations1796163432261'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "slack_installations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "team_id" character varying(40) NOT NULL,
                "team_name" character varying(120) NOT NULL,
                "bot_user_id" character varying(40) NOT NULL,
                "signing_secret_sealed" text NOT NULL,
                "bot_token_sealed" text NOT NULL,
                "installed_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_bb810a3457b1d38c12a30fb493f" UNIQUE ("team_id"),
                CONSTRAINT "PK_a42f0b5616ec82c4ce6e819f39e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "slack_channel_routes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "installation_id" uuid NOT NULL,
                "department_id" uuid,
                "channel_id" character varying(40) NOT NULL,
                "channel_name" character varying(80) NOT NULL,
                "events" text array NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_99f3ec9420cf8b8dd057ccc0008" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "teams_channels" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(80) NOT NULL,
                "department_id" uuid,
                "webhook_url_sealed" text NOT NULL,
                "webhook_host" character varying(120) NOT NULL,
                "events" text array NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_531f51698cdd31d872d751da3d1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "teams_outgoing_webhooks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(80) NOT NULL,
                "secret_sealed" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6f1e994d40569c53251ac6e8941" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_subscriptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(80) NOT NULL,
                "url" character varying(2000) NOT NULL,
                "events" text array NOT NULL,
                "secret_sealed" text NOT NULL,
                "secret_hint" character varying(8) NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "paused_at" TIMESTAMP WITH TIME ZONE,
                "consecutive_failures" integer NOT NULL DEFAULT '0',
                "created_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."webhook_delivery_status" AS ENUM('pending', 'delivered', 'failed')
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subscription_id" uuid NOT NULL,
                "event_id" uuid NOT NULL,
                "event_type" character varying(40) NOT NULL,
                "payload" jsonb NOT NULL,
                "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "response_status" integer,
                "response_body" character varying(4096),
                "last_attempt_at" TIMESTAMP WITH TIME ZONE,
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_webhook_deliveries_log" ON "webhook_deliveries" ("subscription_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_webhook_deliveries_event" ON "webhook_deliveries" ("subscription_id", "event_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "slack_channel_routes"
            ADD CONSTRAINT "FK_334d7e150f9508baf4d97db99fa" FOREIGN KEY ("installation_id") REFERENCES "slack_installations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a"
        `);
        await queryRunner.query(`
            ALTER TABLE "slack_channel_routes" DROP CONSTRAINT "FK_334d7e150f9508baf4d97db99fa"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_webhook_deliveries_event"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_webhook_deliveries_log"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."webhook_delivery_status"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_subscriptions"
        `);
        await queryRunner.query(`
            DROP TABLE "teams_outgoing_webhooks"
        `);
        await queryRunner.query(`
            DROP TABLE "teams_channels"
        `);
        await queryRunner.query(`
            DROP TABLE "slack_channel_routes"
        `);
        await queryRunner.query(`
            DROP TABLE "slack_installations"
        `);
    }

}
