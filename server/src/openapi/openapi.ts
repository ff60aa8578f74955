import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDto } from '../common/problem.dto';

/** The contract: every route and DTO, the bearer scheme and the problem+json error shape. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Heroics API')
    .setDescription(
      'Employee recognition for customer-service teams. Errors are RFC 9457 problem+json; validation errors list each field at fault in `errors[]`. ' +
        'Sign in with POST /api/auth/login and send the access token as a bearer token; the refresh token travels in an http-only cookie.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addCookieAuth('heroics_refresh', { type: 'apiKey', in: 'cookie', name: 'heroics_refresh' }, 'refresh-cookie')
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}
