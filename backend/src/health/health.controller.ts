import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { healthSchema } from '../contract.ts';

@ApiTag('venue')
@Controller('health')
export class HealthController {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Up when the API can reach its database. */
  @ApiContract({ summary: 'Whether the API can reach its database', response: healthSchema })
  @Get()
  async check(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
    } catch {
      throw new ServiceUnavailableException('The database is not reachable.');
    }
    return { status: 'ok', database: 'ok' };
  }
}
