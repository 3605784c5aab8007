import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { FrameworkEditingService } from './framework-editing.service';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksResolver } from './frameworks.resolver';
import { FrameworksService } from './frameworks.service';

export const FRAMEWORK_RESOLVERS = [FrameworksResolver];

/** The career framework: read and compare levels (everyone), edit, import and export YAML (admins). */
@Module({
  imports: [DirectoryModule],
  providers: [FrameworksRepository, FrameworksService, FrameworkEditingService, ...FRAMEWORK_RESOLVERS],
  exports: [FrameworksRepository, FrameworksService],
})
export class FrameworksModule {}
