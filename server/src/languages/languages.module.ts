import { Module } from '@nestjs/common';
import { LanguagesController } from './languages.controller';
import { LanguagesRepository } from './languages.repository';

/** The company's languages: which the app speaks, and its default (a person's own choice lives on employees). */
@Module({ controllers: [LanguagesController], providers: [LanguagesRepository] })
export class LanguagesModule {}
