import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An item picture, re-encoded by sharp (never the uploaded bytes). Its bytes are kept in PostgreSQL (so that every
 * app instance serves it and a database backup holds it), or, when STORAGE_URL is set, in the bucket under
 * `objectKey` (bytes null). The app serves both at the same URL.
 */
@Entity('catalogue_images')
@Check('chk_catalogue_images_one_place', '("bytes" IS NULL) <> ("object_key" IS NULL)')
export class CatalogueImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'bytea', select: false, nullable: true })
  bytes: Buffer | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  objectKey: string | null;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
