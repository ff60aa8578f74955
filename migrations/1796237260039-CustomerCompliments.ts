import { MigrationInterface, QueryRunner } from "typeorm";

export class CustomerCompliments1796237260039 implements MigrationInterface {
    name = 'CustomerCompliments1796237260039'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."compliment_status" AS ENUM('new', 'published', 'discarded')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."compliment_discard_reason" AS ENUM('spam', 'not_about_us', 'abusive')
        `);
        await queryRunner.query(`
            CREATE TABLE "customer_compliments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "link_id" uuid NOT NULL,
                "employee_id" uuid,
                "department_id" uuid NOT NULL,
                "what_happened" character varying(1500) NOT NULL,
                "how_it_ended" character varying(600) NOT NULL,
                "customer_name" character varying(60),
                "customer_email" character varying(254),
                "consent_to_quote" boolean NOT NULL,
                "client_hash" character(64) NOT NULL,
                "text_hash" character(64) NOT NULL,
                "confirm_token_hash" character(64),
                "confirm_expires_at" TIMESTAMP WITH TIME ZONE,
                "email_confirmed_at" TIMESTAMP WITH TIME ZONE,
                "status" "public"."compliment_status" NOT NULL DEFAULT 'new',
                "discard_reason" "public"."compliment_discard_reason",
                "reviewed_by_id" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "story_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_d4184b1d8b9edbfa5582c92d517" UNIQUE ("confirm_token_hash"),
                CONSTRAINT "PK_8181c2ba764742eaf21edec09ab" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_customer_compliments_client_text" ON "customer_compliments" ("client_hash", "text_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_customer_compliments_employee" ON "customer_compliments" ("employee_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_customer_compliments_department_status" ON "customer_compliments" ("department_id", "status", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "thank_you_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(32) NOT NULL,
                "employee_id" uuid,
                "department_id" uuid NOT NULL,
                "created_by_id" uuid NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_9e7046fd1a60d1822a98e1da5d1" UNIQUE ("code"),
                CONSTRAINT "PK_2b3f2a6552ebeb63943aa82a1b2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_thank_you_links_department" ON "thank_you_links" ("department_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "idx_thank_you_links_employee" ON "thank_you_links" ("employee_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "stories"
            ADD "from_customer" boolean NOT NULL DEFAULT false
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stories" DROP COLUMN "from_customer"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_thank_you_links_employee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_thank_you_links_department"
        `);
        await queryRunner.query(`
            DROP TABLE "thank_you_links"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_customer_compliments_department_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idx_customer_compliments_employee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_customer_compliments_client_text"
        `);
        await queryRunner.query(`
            DROP TABLE "customer_compliments"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."compliment_discard_reason"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."compliment_status"
        `);
    }

}
