import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { todayIn } from '../common/calendar';

export class ClientConfigDto {
  @ApiProperty({ description: 'The demo company is enabled: the sign-in page may list the demo sign-ins.' })
  demo: boolean;

  @ApiProperty({ example: 'Europe/London', description: "The company's time zone; dates are calendar dates there." })
  companyTimeZone: string;

  @ApiProperty({
    example: '2026-12-01',
    format: 'date',
    description: "Today in the company's time zone by the server's clock: the latest day the server accepts for dates that cannot be in the future.",
  })
  today: string;
}

/** What the SPA needs to know about this installation before anyone signs in. */
@ApiTags('health')
@Controller('config')
export class ClientConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Public settings for the web app' })
  @ApiOkResponse({ type: ClientConfigDto })
  get(): ClientConfigDto {
    return { demo: this.config.seedDemo, companyTimeZone: this.config.companyTimeZone, today: todayIn(this.config.companyTimeZone) };
  }
}
