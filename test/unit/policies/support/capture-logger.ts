import { Writable } from 'node:stream';
import winston from 'winston';
import { createLogger, type Logger } from '../../../../src/log/logger.js';

/** A real Warden logger whose JSON lines are kept in `lines` instead of printed. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8').trim());
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', transports: [new winston.transports.Stream({ stream })] }), lines };
}
