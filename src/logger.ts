import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/** Structured JSON logs in production; readable lines on a terminal (pino-pretty). */
export function createLogger(log: Config['log'], name = 'diplomatic-graph'): Logger {
  return pino({
    name,
    level: log.level,
    redact: { paths: ['req.headers.authorization', 'authorization', 'token', '*.token', 'password', '*.password'], censor: '[redacted]' },
    ...(log.format === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,name' } } }
      : {}),
  });
}
