import { PageHeader } from '../../components/ui/page-header';
import { PeopleDirectory } from '../../features/directory';

export default function PeopleRoute() {
  return (
    <>
      <PageHeader title="People" description="Everyone at the company: find a colleague by name or department." />
      <PeopleDirectory />
    </>
  );
}
