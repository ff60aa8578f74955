import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An item picture, re-encoded by sharp (never the uploaded bytes), kept in PostgreSQL so that every app
 * instance serves it and a database backup holds it.
 */
@Entity('catalogue_images')
export class CatalogueImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'bytea', select: false })
  bytes: Buffer;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
