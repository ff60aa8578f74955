import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/auth-session';
import { problemMessage } from '../../../lib/problem';
import { useDepartmentOptions } from '../../departments';
import { useDepartmentThankYouLink, useSetDepartmentThankYouLink } from '../api/compliments';
import { ShareableLink } from './ShareableLink';

function LinkOf({ departmentId }: { departmentId: string }) {
  const { t } = useTranslation('compliments');
  const link = useDepartmentThankYouLink(departmentId);
  const toggle = useSetDepartmentThankYouLink(departmentId);
  const [downloadError, setDownloadError] = useState<string>();
  const error = link.error ?? toggle.error;
  return (
    <Stack gap="xs">
      {link.data && !link.data.enabled && (
        <Group gap="sm">
          <Text size="sm">{t('departmentLink.none', { name: link.data.shownAs })}</Text>
          <Button loading={toggle.isPending} onClick={() => toggle.mutate(true)}>
            {t('departmentLink.create')}
          </Button>
        </Group>
      )}
      {link.data?.enabled && link.data.url && link.data.id && (
        <>
          <ShareableLink
            linkId={link.data.id}
            url={link.data.url}
            label={t('departmentLink.link')}
            onError={setDownloadError}
            actions={
              <Button variant="default" color="red" loading={toggle.isPending} onClick={() => toggle.mutate(false)}>
                {t('departmentLink.revoke')}
              </Button>
            }
          />
          <Text size="sm" c="dimmed">
            {t('departmentLink.shownAs', { name: link.data.shownAs })}
          </Text>
        </>
      )}
      {(error || downloadError) && <Alert color="red">{downloadError ?? problemMessage(error)}</Alert>}
    </Stack>
  );
}

/** A department's thank-you link (for a counter, a receipt or a phone line), for its managers and admins. */
export function DepartmentThankYouLink() {
  const { t } = useTranslation('compliments');
  const session = useSession();
  const viewer = session.status === 'signed-in' ? session.employee : undefined;
  const departments = useDepartmentOptions(viewer?.role === 'admin' ? undefined : viewer?.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const departmentId = chosen ?? (departments.length === 1 ? departments[0].value : null);
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('departmentLink.title')}
        </Title>
        <Text size="sm">{t('departmentLink.intro')}</Text>
        <Select
          label={t('departmentLink.department')}
          placeholder={t('departmentLink.choose')}
          data={departments}
          value={departmentId}
          onChange={setChosen}
          searchable
          maw={360}
        />
        {departmentId && <LinkOf key={departmentId} departmentId={departmentId} />}
      </Stack>
    </Card>
  );
}
