import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { RosterImportController } from './roster-import.controller';
import { RosterImportRepository } from './roster-import.repository';
import { RosterImportService } from './roster-import.service';

@Module({
  imports: [AuthModule, InvitationsModule],
  controllers: [RosterImportController],
  providers: [RosterImportService, RosterImportRepository],
})
export class RosterImportModule {}
