import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/env';
import { DatabaseModule } from './database/database.module';
import { AppGraphQLModule } from './graphql/graphql.module';
import { HealthController } from './health.controller';
import { DirectoryModule } from './modules/directory.module';
import { FrameworksModule } from './modules/frameworks/frameworks.module';
import { GrowthModule } from './modules/growth/growth.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        DirectoryModule,
        FrameworksModule,
        GrowthModule,
        AppGraphQLModule,
      ],
      controllers: [HealthController],
    };
  }
}
