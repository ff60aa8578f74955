import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginThrottle } from '../auth/login-throttle.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { DepartmentManager } from '../departments/department-manager.entity';
import { Department } from '../departments/department.entity';
import { Employee } from '../employees/employee.entity';
import { Invitation } from '../invitations/invitation.entity';

/** Every entity the DataSource knows; a new table starts here and in a generated migration. */
export const ENTITIES = [Department, DepartmentManager, Employee, RefreshToken, LoginThrottle, Invitation, AuditEntry];
