import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { AppConfig } from './config/env';
import { DatabaseModule } from './database/database.module';
import { AppGraphQLModule } from './graphql/graphql.module';
import { HealthController } from './health.controller';
import { FEATURES } from './modules/features';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        ...FEATURES.map((feature) => feature.module),
        AppGraphQLModule,
      ],
      controllers: [HealthController],
    };
  }
}
