import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/env';
import { DirectoryModule } from '../modules/directory/directory.module';
import { SessionRepository } from '../modules/directory/auth/session.repository';
import { contextFactory } from './context.factory';
import { formatError } from './format-error';
import { inputLimitsPlugin } from './input-limits.plugin';
import { transactionPlugin } from './transaction.plugin';

/** Limits sized for the web client's deepest query with room to spare. */
export const QUERY_LIMITS = { maxDepth: 8, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [DirectoryModule],
      inject: [APP_CONFIG, DataSource, SessionRepository],
      useFactory: (config: AppConfig, dataSource: DataSource, sessions: SessionRepository) => {
        const armor = new ApolloArmor({
          // Depth and cost count fields, not fragment spreads: the web builds every operation from
          // fragments, and a query must cost the same whether or not it uses them.
          maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
          maxAliases: { n: QUERY_LIMITS.maxAliases },
          costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
          // Counted by graphql-js's own parser instead (parseOptions): armor's token counter
          // turns every syntax error into a 500.
          maxTokens: { enabled: false },
          maxDirectives: { n: QUERY_LIMITS.maxDirectives },
          blockFieldSuggestion: { enabled: config.production },
        }).protect();
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: !config.production,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          context: contextFactory(dataSource, sessions),
          formatError,
          plugins: [
            // No type or field gives a cache hint: the cache-control plugin would wrap every field
            // resolver to find none. The transaction plugin sends its one answer (no-store).
            ApolloServerPluginCacheControlDisabled(),
            ...armor.plugins,
            inputLimitsPlugin(),
            transactionPlugin(config.exposeSqlCount),
          ],
          validationRules: armor.validationRules,
        };
      },
    }),
  ],
})
export class AppGraphQLModule {}
