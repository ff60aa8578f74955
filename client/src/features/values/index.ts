// What the values feature offers other features.
export { useCompanyValues, valuesKey, type CompanyValue } from './api/company-values';
