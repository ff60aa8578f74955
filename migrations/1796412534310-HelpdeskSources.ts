import { MigrationInterface, QueryRunner } from "typeorm";

export class HelpdeskSources1796412534310 implements MigrationInterface {
    name = 'HelpdeskSources1796412534310'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."helpdesk_kind" AS ENUM('zendesk', 'freshdesk', 'other')
        `);
        await queryRunner.query(`
            CREATE TABLE "helpdesk_sources" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(80) NOT NULL,
                "kind" "public"."helpdesk_kind" NOT NULL,
                "department_id" uuid NOT NULL,
                "secret_sealed" text NOT NULL,
                "secret_hint" character varying(16) NOT NULL,
                "created_by_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "rotated_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_78177f87e24ec4a8582894aa28d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."compliment_origin" AS ENUM('thank_you_page', 'helpdesk')
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments"
            ADD "origin" "public"."compliment_origin" NOT NULL DEFAULT 'thank_you_page'
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments"
            ADD "helpdesk_source_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments"
            ADD "ticket_id" character varying(100)
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments"
            ADD "ticket_url" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "stories"
            ADD "ticket_url" character varying(500)
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments"
            ALTER COLUMN "link_id" DROP NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_customer_compliments_helpdesk_ticket" ON "customer_compliments" ("helpdesk_source_id", "ticket_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."uq_customer_compliments_helpdesk_ticket"
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments"
            ALTER COLUMN "link_id"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "stories" DROP COLUMN "ticket_url"
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments" DROP COLUMN "ticket_url"
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments" DROP COLUMN "ticket_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments" DROP COLUMN "helpdesk_source_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "customer_compliments" DROP COLUMN "origin"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."compliment_origin"
        `);
        await queryRunner.query(`
            DROP TABLE "helpdesk_sources"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."helpdesk_kind"
        `);
    }

}
