import { Inject, Injectable } from '@nestjs/common';
import { addDays, todayIn } from '../common/calendar';
import { CurrentEmployee, managedDepartmentScope } from '../common/current-employee';
import { ResultCache } from '../common/result-cache';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmployeesService } from '../employees/employees.service';
import { ChampionsRepository } from './champions.repository';
import { TeamRecognitionDto, UnrecognisedDto, UnrecognisedQueryDto } from './dto/unrecognised.dto';

const NEW_HIRE_DAYS = 90;

/**
 * "She might already be in your employ, yet you failed to recognise it": people customers thanked (compliments a
 * manager made into stories) or their peers keep endorsing whom no manager has rewarded, customers' heroes first;
 * and, per team, who has had no recognition at all. Teams, not risk scores.
 */
@Injectable()
export class ChampionsService {
  private readonly results: ResultCache;

  constructor(
    private readonly champions: ChampionsRepository,
    private readonly employees: EmployeesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.results = new ResultCache(config.reportCacheSeconds);
  }

  /**
   * Computed once per REPORT_CACHE_SECONDS for the same scope and question; a reward given or revoked anywhere
   * changes the key, so someone just rewarded leaves the list at once. New endorsements may lag by that much.
   */
  async unrecognised(viewer: CurrentEmployee, query: UnrecognisedQueryDto): Promise<UnrecognisedDto> {
    const departmentIds = managedDepartmentScope(viewer, query.departmentId);
    if (!this.results.enabled) return this.compute(departmentIds, query);
    const versions = await Promise.all([this.champions.rewardsVersion(), this.employees.rosterVersion()]);
    const key = [departmentIds, query, todayIn(this.config.companyTimeZone), ...versions];
    return this.results.get(key, () => this.compute(departmentIds, query));
  }

  private async compute(departmentIds: string[] | null, query: UnrecognisedQueryDto): Promise<UnrecognisedDto> {
    const days = query.days ?? 90;
    const minEndorsements = query.minEndorsements ?? 3;
    const now = new Date();
    const since = new Date(now.getTime() - days * 86400_000);
    const candidates = await this.champions.candidates(departmentIds, since, minEndorsements, query.limit ?? 20);
    const evidence = await this.champions.topStories(
      candidates.map((c) => c.employeeId),
      since,
    );
    const members = await this.champions.teamMembers(departmentIds, since);
    const today = todayIn(this.config.companyTimeZone, now);
    const newHireSince = addDays(today, -NEW_HIRE_DAYS);
    const teams = new Map<string, TeamRecognitionDto>();
    for (const m of members) {
      const team = teams.get(m.departmentId) ?? {
        department: { id: m.departmentId, name: m.departmentName },
        headcount: 0,
        recognised: 0,
        unrecognised: 0,
        newHires: 0,
        newHiresUnrecognised: 0,
        people: [],
      };
      teams.set(m.departmentId, team);
      const newHire = m.hiredOn > newHireSince;
      team.headcount++;
      if (newHire) team.newHires++;
      if (m.recognised) team.recognised++;
      else {
        team.unrecognised++;
        if (newHire) team.newHiresUnrecognised++;
        team.people.push({ employeeId: m.employeeId, name: m.name, hiredOn: m.hiredOn, newHire });
      }
    }
    return {
      days,
      since: addDays(today, -days),
      minEndorsements,
      champions: candidates.map((c) => ({
        rank: c.rank,
        employeeId: c.employeeId,
        name: c.name,
        jobTitle: c.jobTitle,
        department: { id: c.departmentId, name: c.departmentName },
        endorsementsReceived: c.endorsementsReceived,
        storiesAsHero: c.storiesAsHero,
        customerCompliments: c.customerCompliments,
        latestCustomerCompliment:
          c.latestComplimentStoryId && c.latestComplimentAt
            ? { storyId: c.latestComplimentStoryId, storyTitle: c.latestComplimentStoryTitle ?? '', receivedAt: new Date(c.latestComplimentAt).toISOString() }
            : null,
        lastRewardedOn: c.lastRewardedOn,
        topStories: evidence
          .filter((e) => e.employeeId === c.employeeId)
          .map(({ id, title, endorsementCount, occurredOn }) => ({ id, title, endorsementCount, occurredOn })),
      })),
      teams: [...teams.values()],
    };
  }
}
