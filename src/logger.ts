import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

/**
 * Structured JSON logs in production; readable lines on a terminal (pino-pretty). `destination`
 * (tests): JSON lines go there instead of stdout, whatever the format.
 */
export function createLogger(log: Config['log'], name = 'diplomatic-graph', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name,
    level: log.level,
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        '*.headers.authorization',
        'authorization',
        '*.authorization',
        'token',
        '*.token',
        'ingestToken',
        '*.ingestToken',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
    ...(log.format === 'pretty' && !destination
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,name' } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
