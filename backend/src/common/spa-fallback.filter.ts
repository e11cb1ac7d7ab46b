import path from 'node:path';
import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Unknown page paths get the world client's index.html (its own routes live after the #), while unknown
 * /api paths and missing files keep their 404 with a message.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  catch(exception: NotFoundException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const url = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' && !url.startsWith('/api/') && path.extname(url) === '';
    if (isPage) {
      void reply.type('text/html').sendFile('index.html');
      return;
    }
    void reply.code(404).send(exception.getResponse());
  }
}
