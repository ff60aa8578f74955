import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CATALOGUE_CATEGORIES = ['gift_card', 'charity_donation', 'time_off', 'company_swag', 'experience', 'custom'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];

/**
 * Something people can spend points on. `stock` (null: unlimited) moves in the same transaction as the
 * redemption that takes it, with a conditional UPDATE; the check constraint is the last line of defence.
 */
@Entity('catalogue_items')
@Index('idx_catalogue_items_title', ['title', 'id'])
@Check('chk_catalogue_items_stock', '"stock" IS NULL OR "stock" >= 0')
@Check('chk_catalogue_items_cost', '"cost" > 0')
export class CatalogueItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @Column({ type: 'enum', enum: CATALOGUE_CATEGORIES, enumName: 'catalogue_category' })
  category: CatalogueCategory;

  @Column({ type: 'integer' })
  cost: number;

  @Column({ type: 'integer', nullable: true })
  stock: number | null;

  /** Most redemptions of this item one person may make per calendar year (null: no limit). */
  @Column({ type: 'integer', nullable: true })
  yearlyLimit: number | null;

  /** Departments that see the item; empty: everyone. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  departmentIds: string[];

  /** For charity donations: the charities the person chooses among. */
  @Column({ type: 'varchar', length: 120, array: true, default: () => "'{}'" })
  charities: string[];

  @Column({ type: 'uuid', nullable: true })
  imageId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
