import { Writable } from 'node:stream';
import winston from 'winston';
import { createLogger, type Logger } from '../../../src/log/logger.js';

export interface LogLine {
  level: string;
  message: string;
  [key: string]: unknown;
}

/** A real Warden logger (redaction included) whose lines are kept for the test to read. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    objectMode: true,
    write(info: LogLine, _encoding, done) {
      lines.push({ ...info });
      done();
    },
  });
  const logger = createLogger({ level: 'debug', transports: [new winston.transports.Stream({ stream })] });
  return { logger, lines };
}
