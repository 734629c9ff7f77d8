import Transport from 'winston-transport';
import { createLogger, type Logger } from '../../src/log/logger.js';

/** A real winston logger whose serialised lines are kept, to assert what reaches the logs. */
export function captureLogs(level = 'debug'): { logger: Logger; lines: string[]; text(): string } {
  const lines: string[] = [];
  class Capture extends Transport {
    override log(info: Record<string | symbol, unknown>, next: () => void): void {
      lines.push(String(info[Symbol.for('message')]));
      next();
    }
  }
  const logger = createLogger({ level, transports: [new Capture()] });
  return { logger, lines, text: () => lines.join('\n') };
}
