import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { CompanyValuesAdmin } from '../../features/values/components/CompanyValuesAdmin';

export default function ValuesRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Company values"
        description="The values hero stories are tagged with. Retiring one keeps it on old stories but takes it out of the composer."
      />
      <CompanyValuesAdmin />
    </Stack>
  );
}
