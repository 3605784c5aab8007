import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** Counts the SQL statements issued while serving one HTTP request. */
export const sqlCounter = new AsyncLocalStorage<{ statements: number }>();

export class CountingLogger extends AbstractLogger {
  override logQuery(): void {
    const store = sqlCounter.getStore();
    if (store) store.statements += 1;
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    // Only errors and warnings are worth a line; queries are counted, not printed.
    if (level !== 'warn' && level !== 'error') return;
    for (const m of Array.isArray(message) ? message : [message]) {
      console.warn(`[db] ${m.type ?? level}: ${String(m.message)}`);
    }
  }
}
