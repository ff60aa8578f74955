import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { StoryComposer } from '../../features/stories';

export default function StoryNewRoute() {
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader title="Tell a hero story" description="Who made it right for a customer? Two minutes: what they needed, what the hero did, how it ended." />
      <StoryComposer
        onCreated={(story) => {
          notifications.show({ color: 'green', title: 'Story published', message: 'The heroes have been told. Thank you for noticing.' });
          navigate(`/stories/${story.id}`);
        }}
      />
    </Stack>
  );
}
