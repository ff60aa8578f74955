import { EmployeeRole } from './employee.entity';

/** What signing in with a password needs to know about a person (read model of the employees module). */
export interface EmployeeCredentials {
  id: string;
  name: string;
  email: string;
  role: EmployeeRole;
  passwordHash: string | null;
  leftOn: string | null;
}
