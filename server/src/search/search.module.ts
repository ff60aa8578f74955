import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { StoriesModule } from '../stories/stories.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [StoriesModule, EmployeesModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchModule {}
