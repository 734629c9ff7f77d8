import winston from 'winston';
import type Transport from 'winston-transport';
import { redact, redactText } from './redact.js';

export type Logger = winston.Logger;

const redaction = winston.format((info) => {
  const { level, message, ...rest } = info;
  const clean = redact(rest) as Record<string, unknown>;
  for (const key of Object.keys(rest)) delete (info as Record<string, unknown>)[key];
  Object.assign(info, clean, { level, message: typeof message === 'string' ? redactText(message) : message });
  return info;
});

export interface LoggerOptions {
  readonly level?: string;
  /** Where lines go; stdout by default. Tests pass a capturing transport. */
  readonly transports?: Transport[];
}

/** The root logger: JSON lines, timestamps, secrets redacted by key and bearer tokens by content. */
export function createLogger(options: LoggerOptions = {}): Logger {
  let logger: Logger | undefined;
  // winston formats every line before its transports drop those under their level; a debug line
  // per event and per Webex call cost 6% of the bot's time in the backlog bench at level warn.
  const enabledOnly = winston.format((info) => (logger?.isLevelEnabled(info.level) === false ? false : info));
  logger = winston.createLogger({
    level: options.level ?? 'info',
    format: winston.format.combine(enabledOnly(), redaction(), winston.format.timestamp(), winston.format.json()),
    transports: options.transports ?? [new winston.transports.Console()],
  });
  return logger;
}

/** A child logger bound to a part of the flow (`receiver`, `inbox`, …) and optional fields. */
export function childLogger(parent: Logger, part: string, fields: Record<string, unknown> = {}): Logger {
  return parent.child({ part, ...fields });
}
