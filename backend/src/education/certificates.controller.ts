import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AuthGuard, type AuthenticatedRequest } from '../accounts/auth.guard.ts';
import { ZodValidationPipe } from '../common/zod-validation.pipe.ts';
import { ApiContract, ApiTag } from '../openapi/api-contract.ts';
import { type Certificate, certificateSchema, revokeSchema } from '../contract.ts';
import { CertificatesService } from './certificates.service.ts';
import { certificatePage } from './certificate-page.ts';
import { isCertificateCode } from './progress.ts';

const codePipe = new ZodValidationPipe(
  z.string().refine(isCertificateCode, 'must be a certificate code like PSC-XXXX-XXXX-XXXX'),
  'code',
);

@ApiTag('education')
@Controller()
export class CertificatesController {
  constructor(@Inject(CertificatesService) private readonly certificates: CertificatesService) {}

  /** A student asks for their certificate of a completed course (issued once, whatever the race). */
  @ApiContract({ summary: 'Your certificate of a course you completed', response: certificateSchema })
  @Post('courses/:id/certificate')
  @HttpCode(201)
  @UseGuards(AuthGuard)
  claim(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ZodValidationPipe(z.uuid('must be a course id'), 'id')) courseId: string,
  ): Promise<Certificate> {
    return this.certificates.claim(courseId, request.user.sub);
  }

  @ApiContract({ summary: 'Your certificates', response: z.array(certificateSchema) })
  @Get('certificates/mine')
  @UseGuards(AuthGuard)
  mine(@Req() request: AuthenticatedRequest): Promise<Certificate[]> {
    return this.certificates.mine(request.user.sub);
  }

  /** Public verification, as data. */
  @ApiContract({ summary: 'Verify a certificate by its code (public)', response: certificateSchema })
  @Get('certificates/:code')
  verify(@Param('code', codePipe) code: string): Promise<Certificate> {
    return this.certificates.verify(code);
  }

  /** Public verification, as a page (410 when revoked). */
  @ApiContract({
    summary: "A certificate's public verification page (HTML; 410 when revoked)",
    produces: ['text/html'],
  })
  @Get('certificates/:code/page')
  @Header('content-type', 'text/html; charset=utf-8')
  async page(@Param('code', codePipe) code: string, @Res() reply: FastifyReply): Promise<void> {
    const certificate = await this.certificates.verify(code);
    await reply.status(certificate.valid ? 200 : 410).send(certificatePage(certificate));
  }

  @ApiContract({ summary: 'A certificate as a PDF (410 when revoked)', produces: ['application/pdf'] })
  @Get('certificates/:code/pdf')
  async pdf(
    @Param('code', codePipe) code: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const origin = `${request.protocol}://${request.host}`;
    const bytes = await this.certificates.pdf(code, `${origin}/api/certificates/${code}/page`);
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${code}.pdf"`)
      .send(Buffer.from(bytes));
  }

  @ApiContract({
    summary: "Revoke a certificate (the course's instructor or an admin)",
    response: certificateSchema,
  })
  @Post('certificates/:code/revoke')
  @HttpCode(200)
  @UseGuards(AuthGuard)
  revoke(
    @Req() request: AuthenticatedRequest,
    @Param('code', codePipe) code: string,
    @Body(new ZodValidationPipe(revokeSchema, 'body')) body: z.infer<typeof revokeSchema>,
  ): Promise<Certificate> {
    return this.certificates.revoke(code, request.user, body.reason);
  }
}
