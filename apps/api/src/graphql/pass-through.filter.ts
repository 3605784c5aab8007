import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo unchanged. Without it Nest logs expected errors
 * (FORBIDDEN, BAD_USER_INPUT...) as server errors; `formatError` logs the unexpected ones.
 * Plain HTTP routes keep Nest's usual handling.
 */
@Catch()
export class PassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
