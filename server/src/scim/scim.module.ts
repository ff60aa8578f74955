import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { ScimController } from './scim.controller';
import { ScimGroupsService } from './scim-groups.service';
import { ScimRepository } from './scim.repository';
import { ScimTokenGuard } from './scim-token.guard';
import { ScimTokensController } from './scim-tokens.controller';
import { ScimTokensService } from './scim-tokens.service';
import { ScimUsersService } from './scim-users.service';

@Module({
  imports: [EmployeesModule, DepartmentsModule],
  controllers: [ScimController, ScimTokensController],
  providers: [ScimRepository, ScimTokensService, ScimUsersService, ScimGroupsService, ScimTokenGuard],
})
export class ScimModule {}
