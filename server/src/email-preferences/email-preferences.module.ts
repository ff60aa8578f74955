import { Module } from '@nestjs/common';
import { EmailPreferencesController } from './email-preferences.controller';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { EmailPreferencesService } from './email-preferences.service';

@Module({
  controllers: [EmailPreferencesController],
  providers: [EmailPreferencesService, EmailPreferencesRepository],
  exports: [EmailPreferencesService],
})
export class EmailPreferencesModule {}
