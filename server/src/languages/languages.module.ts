import { Module } from '@nestjs/common';
import { LanguagesController } from './languages.controller';
import { LanguagesRepository } from './languages.repository';
import { LanguagesService } from './languages.service';

/** The company's languages: which the app speaks, and its default (a person's own choice lives on employees). */
@Module({ controllers: [LanguagesController], providers: [LanguagesRepository, LanguagesService], exports: [LanguagesService] })
export class LanguagesModule {}
