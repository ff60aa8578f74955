import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type Fairness = components['schemas']['FairnessDto'];
export type Concentration = components['schemas']['ConcentrationDto'];
export type ReciprocalPair = components['schemas']['ReciprocalPairDto'];

/** The windows the page offers, in days. */
export const FAIRNESS_WINDOWS = [90, 180, 365] as const;
export type FairnessWindow = (typeof FAIRNESS_WINDOWS)[number];

export async function getFairness(days: number, signal?: AbortSignal): Promise<Fairness> {
  return unwrap(await api.GET('/api/fairness', { params: { query: { days } }, signal }));
}

export const fairnessQueryOptions = (days: number) =>
  queryOptions({ queryKey: ['fairness', days], queryFn: ({ signal }) => getFairness(days, signal), staleTime: 60_000 });

/** The figures of the previous window stay on screen while another one loads. */
export function useFairness(days: number) {
  return useQuery({ ...fairnessQueryOptions(days), placeholderData: keepPreviousData });
}
