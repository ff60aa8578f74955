import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '../config/app-config';

/** slack-app-manifest.yml at the repository root, with this installation's request URLs in place of the placeholders. */
export function slackAppManifest(commandsUrl: string, interactionsUrl: string): string {
  return readFileSync(join(REPOSITORY_ROOT, 'slack-app-manifest.yml'), 'utf8')
    .replaceAll('https://heroics.example.com/api/integrations/slack/commands', commandsUrl)
    .replaceAll('https://heroics.example.com/api/integrations/slack/interactions', interactionsUrl);
}
