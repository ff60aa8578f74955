import { MigrationInterface, QueryRunner } from "typeorm";

export class StoredPicturesInABucket1796305623081 implements MigrationInterface {
    name = 'StoredPicturesInABucket1796305623081'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "catalogue_images"
            ADD "object_key" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_images"
            ALTER COLUMN "bytes" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_images"
            ADD CONSTRAINT "chk_catalogue_images_one_place" CHECK (("bytes" IS NULL) <> ("object_key" IS NULL))
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "catalogue_images" DROP CONSTRAINT "chk_catalogue_images_one_place"
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_images"
            ALTER COLUMN "bytes"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "catalogue_images" DROP COLUMN "object_key"
        `);
    }

}
