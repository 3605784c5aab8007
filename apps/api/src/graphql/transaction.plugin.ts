import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { sqlCounter } from '../database/sql-counter';
import { RequestContext } from '../context/request-context';

const logger = new Logger('Transaction');

function hasErrors(rc: GraphQLRequestContextWillSendResponse<RequestContext>): boolean {
  const body = rc.response.body;
  return (rc.errors?.length ?? 0) > 0 || (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
}

/**
 * Ends each request's transaction: commit when the operation succeeded, roll back when any
 * error was reported, so a failed mutation leaves nothing half-written.
 */
export function transactionPlugin(exposeSqlCount: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (rc.operation?.operation === 'query' && rc.contextValue instanceof RequestContext) {
            rc.contextValue.markQueryOperation();
          }
        },
        async willSendResponse(rc) {
          // Answers are personal: never stored by a cache (what Apollo's cache-control plugin,
          // turned off for its cost, said for every answer, as no field gives a cache hint).
          rc.response.http.headers.set('cache-control', 'no-store');
          const ctx = rc.contextValue;
          if (!(ctx instanceof RequestContext)) return;
          try {
            await ctx.finish(!hasErrors(rc));
          } catch (error) {
            logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
            if (rc.response.body.kind === 'single') {
              rc.response.body.singleResult = {
                errors: [
                  {
                    message: 'Something went wrong on our side. Try again.',
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  },
                ],
              };
            }
          }
          const store = sqlCounter.getStore();
          if (exposeSqlCount && store) rc.response.http.headers.set('x-sql-statements', String(store.statements));
        },
      };
    },
  };
}
