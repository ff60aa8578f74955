import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../common/languages';

/** The company's default language, for people who chose none and whose browser speaks none of ours. One row, id 1. */
@Entity('language_settings')
export class LanguageSettings {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'varchar', length: 8, default: 'en' })
  defaultLanguage: Language;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
