// The answer to a caller over a limit: 429, a message that says what and for how long, and a `Retry-After`
// header (seconds), so that scripts and proxies can wait the right time without reading the message.
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SECURITY_HEADERS } from '../common/security-headers.ts';

export class TooManyRequestsException extends HttpException {
  readonly retryAfterSeconds: number;

  constructor(what: string, waitMs: number) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `${what} Try again in ${wait}.`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.retryAfterSeconds = seconds;
  }
}

/**
 * Adds `Retry-After` to the 429. Registered globally, as it must also catch the limits applied in middleware,
 * where the response is Node's own and is answered through a new Fastify reply: the adapter writes to either,
 * but the security headers the API's request hook put on the first reply must be given again.
 */
@Catch(TooManyRequestsException)
export class TooManyRequestsFilter implements ExceptionFilter<TooManyRequestsException> {
  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: TooManyRequestsException, host: ArgumentsHost): void {
    const adapter = this.adapterHost.httpAdapter;
    const response: unknown = host.switchToHttp().getResponse();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) adapter.setHeader(response, name, value);
    adapter.setHeader(response, 'Retry-After', String(exception.retryAfterSeconds));
    adapter.reply(response, exception.getResponse(), exception.getStatus());
  }
}
