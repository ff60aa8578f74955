import { Module } from '@nestjs/common';
import { CatalogueController } from './catalogue.controller';
import { CatalogueRepository } from './catalogue.repository';
import { CatalogueService } from './catalogue.service';
import { StorageModule } from '../storage/storage.module';

@Module({ imports: [StorageModule], controllers: [CatalogueController], providers: [CatalogueService, CatalogueRepository], exports: [CatalogueService] })
export class CatalogueModule {}
