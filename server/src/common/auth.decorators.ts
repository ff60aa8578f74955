import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { EmployeeRole } from '../employees/employee.entity';
import { CurrentEmployee } from './current-employee';

export const IS_PUBLIC = 'heroics:public';
export const REQUIRED_ROLES = 'heroics:roles';

/** The route needs no signed-in employee. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route (the auth guard answers 403 to others). */
export const Roles = (...roles: EmployeeRole[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): CurrentEmployee => context.switchToHttp().getRequest().user);
