import { Inject, Injectable } from '@nestjs/common';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { decodeCursor, keysetPage } from '../common/cursor';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ListEmployeesQueryDto } from './dto/employee-input.dto';
import { EmployeePageDto, toEmployeeDto } from './dto/employee.dto';
import { EmployeesRepository, ROSTER_SORT_KEYS, RosterOrder } from './employees.repository';

const DEFAULT_PAGE_SIZE = 25;

/** The roster as a list: filtered, sorted by a column, by cursor or by page number, with its total. */
@Injectable()
export class RosterListingService {
  constructor(
    private readonly employees: EmployeesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(viewer: CurrentEmployee, query: ListEmployeesQueryDto): Promise<EmployeePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const order: RosterOrder = { sort: query.sort ?? 'name', direction: query.direction ?? 'asc' };
    const keys = ROSTER_SORT_KEYS[order.sort];
    const after = query.cursor ? decodeCursor(query.cursor, keys.length) : undefined;
    const departmentIds = query.managed && viewer.role !== 'admin' ? (viewer.role === 'manager' ? viewer.managedDepartmentIds : []) : undefined;
    const filter = { q: query.q, departmentId: query.departmentId, departmentIds, roles: query.role, status: query.status ?? 'active' } as const;
    // A cursor continues a list; a page number (or none) starts one, and then the total comes with it.
    const skip = after ? 0 : ((query.page ?? 1) - 1) * limit;
    const [page, total] = await Promise.all([
      this.employees.page(filter, order, limit + 1, after, skip),
      after ? Promise.resolve(null) : this.employees.count(filter),
    ]);
    const { rows, nextCursor } = keysetPage(page, limit, (row) => keys.map((key) => key.of(row)));
    const today = todayIn(this.config.companyTimeZone);
    return { items: rows.map((row) => toEmployeeDto(row, viewer, today)), nextCursor, total };
  }
}
