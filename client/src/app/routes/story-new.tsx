import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { StoryComposer } from '../../features/stories';

export default function StoryNewRoute() {
  const navigate = useNavigate();
  const { t } = useTranslation('stories');
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader title={t('composer.label')} description={t('composer.intro')} />
      <StoryComposer
        onCreated={(story) => {
          notifications.show({ color: 'green', title: t('composer.published'), message: t('composer.publishedHint') });
          navigate(`/stories/${story.id}`);
        }}
      />
    </Stack>
  );
}
