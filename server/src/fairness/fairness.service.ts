import { Injectable } from '@nestjs/common';
import { ConcentrationDto, FairnessDto, FairnessQueryDto, ReciprocalPairDto } from './dto/fairness.dto';
import { FairnessRepository, ReceivedRow } from './fairness.repository';
import { gini, round, topShare } from './concentration';

const MAX_PAIRS = 20;

/** For the programme owner: is recognition spread across people, or is a popularity contest forming? */
@Injectable()
export class FairnessService {
  constructor(private readonly fairness: FairnessRepository) {}

  async report(query: FairnessQueryDto): Promise<FairnessDto> {
    const days = query.days ?? 365;
    const since = new Date(Date.now() - days * 86400_000);
    const received = await this.fairness.received(since);
    const byDepartment = new Map<string, ReceivedRow[]>();
    for (const row of received) byDepartment.set(row.departmentId, [...(byDepartment.get(row.departmentId) ?? []), row]);
    const pairs: ReciprocalPairDto[] = (await this.fairness.reciprocalPairs(since, query.minEach ?? 2))
      .map((p) => ({
        a: { id: p.aId, name: p.aName },
        b: { id: p.bId, name: p.bName },
        aToB: p.aToB,
        bToA: p.bToA,
        mutualShare: round((p.aToB + p.bToA) / (p.aGave + p.bGave))!,
      }))
      .filter((p) => p.mutualShare >= 0.5)
      .sort((x, y) => y.mutualShare - x.mutualShare || y.aToB + y.bToA - (x.aToB + x.bToA) || x.a.name.localeCompare(y.a.name))
      .slice(0, MAX_PAIRS);
    return {
      days,
      company: concentration(null, received),
      departments: [...byDepartment.values()].map((rows) => concentration({ id: rows[0].departmentId, name: rows[0].departmentName }, rows)),
      reciprocalPairs: pairs,
    };
  }
}

function concentration(department: ConcentrationDto['department'], rows: ReceivedRow[]): ConcentrationDto {
  const amounts = rows.map((r) => r.received);
  return {
    department,
    people: amounts.length,
    recipients: amounts.filter((x) => x > 0).length,
    endorsements: amounts.reduce((sum, x) => sum + x, 0),
    topTenPercentShare: round(topShare(amounts, 0.1)),
    gini: round(gini(amounts)),
  };
}
