import { TestDatabase } from './test-database';

export default async function globalTeardown() {
  await (globalThis as { __heroicsTestDatabase?: TestDatabase }).__heroicsTestDatabase?.dispose();
}
