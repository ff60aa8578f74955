import { Box, Center, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/brand';

/** The frame of the public pages (sign-in, invitation): brand, tagline and one card. */
export function AuthPageLayout({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation('app');
  return (
    <Box
      mih="100dvh"
      style={{
        background:
          'radial-gradient(1200px 600px at 10% -10%, #ffe6d5 0%, transparent 60%), radial-gradient(900px 500px at 110% 110%, #fdeee4 0%, transparent 55%), #fcfaf8',
      }}
    >
      <Center mih="100dvh" px="md" py="xl">
        <Stack gap="lg" w="100%" maw={440}>
          <Stack gap={6} align="center" component="header">
            <Brand size="lg" />
            <Text c="dimmed" ta="center" size="sm">
              {t('publicTagline')}
            </Text>
          </Stack>
          <Paper component="main" p={{ base: 'lg', sm: 'xl' }} radius="lg" shadow="md">
            {children}
          </Paper>
          {footer}
        </Stack>
      </Center>
    </Box>
  );
}
