import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { API_PREFIX } from '../app';
import { buildOpenApiDocument } from './openapi';

/** Writes the OpenAPI document without a database: preview mode scans the modules but instantiates nothing. */
async function main() {
  const target = resolve(process.argv[2] ?? 'openapi.json');
  const config = { ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(32) }), logLevel: 'silent' };
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, 'postgres://unused/unused'), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix(...API_PREFIX);
  const document = buildOpenApiDocument(app);
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${target} (${Object.keys(document.paths).length} paths)`);
  await app.close();
}

void main();
