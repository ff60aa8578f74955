import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Language } from '../common/languages';

/** The one writer of language_settings. */
@Injectable()
export class LanguagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async defaultLanguage(): Promise<Language> {
    const rows: { defaultLanguage: Language }[] = await this.dataSource.query(
      'SELECT default_language AS "defaultLanguage" FROM language_settings WHERE id = 1',
    );
    return rows[0]?.defaultLanguage ?? 'en';
  }

  async setDefaultLanguage(language: Language): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO language_settings (id, default_language, updated_at) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET default_language = EXCLUDED.default_language, updated_at = now()`,
      [language],
    );
  }
}
