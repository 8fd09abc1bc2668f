import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller, Requires, actorOf, type Caller } from '../auth/auth.decorators.js';
import { SecondFactorService } from '../auth/second-factor.service.js';
import { clientOf } from '../common/rate-limit.js';
import {
  ApproveNoticeDto,
  CreateNoticeDto,
  MarkSentDto,
  NoticeAuthorshipView,
  NoticeDocumentQuery,
  NoticeVersionView,
  NoticeView,
  RejectNoticeDto,
  UpdateNoticeDto,
  noticeVersionView,
  noticeView,
} from './notice.dto.js';
import { noticeDocument } from './notice-document.js';
import { NoticesService } from './notices.service.js';
import { PdfRenderer } from './pdf-renderer.service.js';

// The HTML document carries text a reporter typed: it may style itself inline, and nothing else, no scripts,
// no images, no forms, no framing, even if an escaping slip ever let markup through.
const HTML_DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/v1')
export class NoticesController {
  constructor(
    private readonly notices: NoticesService,
    private readonly pdf: PdfRenderer,
    private readonly secondFactor: SecondFactorService,
  ) {}

  @Post('incidents/:id/notices')
  @Requires('responder')
  @ApiOperation({ summary: 'Draft a notice from the incident’s facts, latest assessment, organisation and clocks' })
  @ApiCreatedResponse({ type: NoticeView })
  async create(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) incidentId: string,
    @Body() body: CreateNoticeDto,
  ): Promise<NoticeView> {
    return noticeView(await this.notices.create(actorOf(caller), incidentId, body));
  }

  @Get('incidents/:id/notices')
  @Requires('reporter')
  @ApiOperation({ summary: 'Every notice of the incident, oldest first' })
  @ApiOkResponse({ type: NoticeView, isArray: true })
  async list(@Param('id', ParseUUIDPipe) incidentId: string): Promise<NoticeView[]> {
    return (await this.notices.listForIncident(incidentId)).map(noticeView);
  }

  @Get('notices/:id')
  @Requires('reporter')
  @ApiOkResponse({ type: NoticeView })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<NoticeView> {
    return noticeView(await this.notices.get(id));
  }

  @Patch('notices/:id')
  @Requires('responder')
  @ApiOperation({ summary: 'Edit the body or the reasons for delay; a new version, back to draft, any approval void' })
  @ApiOkResponse({ type: NoticeView })
  async edit(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateNoticeDto): Promise<NoticeView> {
    return noticeView(await this.notices.edit(actorOf(caller), id, body));
  }

  @Get('notices/:id/versions')
  @Requires('reporter')
  @ApiOperation({ summary: 'Every version of the body, oldest first' })
  @ApiOkResponse({ type: NoticeVersionView, isArray: true })
  async versions(@Param('id', ParseUUIDPipe) id: string): Promise<NoticeVersionView[]> {
    return (await this.notices.versions(id)).map(noticeVersionView);
  }

  @Get('notices/:id/authorship')
  @Requires('dpo')
  @ApiOperation({
    summary:
      'DPO: whether you drafted or wrote the current version (four eyes: another DPO approves it) and, if so, whether the organisation allows you to approve it alone with a singlePersonReason',
  })
  @ApiOkResponse({ type: NoticeAuthorshipView })
  authorship(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<NoticeAuthorshipView> {
    return this.notices.authorshipFor(actorOf(caller), id);
  }

  @Get('notices/:id/document')
  @Requires('reporter')
  @ApiOperation({
    summary: 'The notice as Markdown, printable HTML or an A4 PDF',
    description: 'A PDF over its time or memory budget answers 422; with too many PDFs in the making, 503 with Retry-After.',
  })
  @ApiProduces('text/markdown', 'text/html', 'application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async document(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: NoticeDocumentQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { notice, incidentReference } = await this.notices.forDocument(id);
    const format = query.format ?? 'md';
    const document = await noticeDocument(notice, incidentReference, format, (markdown, info) => this.pdf.render(markdown, info));
    if (format === 'html') response.setHeader('Content-Security-Policy', HTML_DOCUMENT_CSP);
    return new StreamableFile(document.content, { type: document.contentType, disposition: `inline; filename="${document.fileName}"` });
  }

  @Post('notices/:id/submit')
  @HttpCode(200)
  @Requires('responder')
  @ApiOperation({ summary: 'Submit for the DPO’s approval (a late authority notice needs reasonsForDelay)' })
  @ApiOkResponse({ type: NoticeView })
  async submit(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<NoticeView> {
    return noticeView(await this.notices.submit(actorOf(caller), id));
  }

  @Post('notices/:id/approve')
  @HttpCode(200)
  @Requires('dpo')
  @ApiOperation({
    summary:
      'DPO: approve exactly the version read ({version, bodyHash}); 409 NOTICE_CHANGED if it changed since, 403 FOUR_EYES for its own author; from the console, with a fresh totpCode (step-up)',
  })
  @ApiOkResponse({ type: NoticeView })
  async approve(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() { totpCode, ...read }: ApproveNoticeDto,
    @Req() request: Request,
  ): Promise<NoticeView> {
    const secondFactor = await this.secondFactor.confirmStepUp(caller, totpCode, clientOf(request));
    return noticeView(await this.notices.approve(actorOf(caller), id, { ...read, secondFactor }));
  }

  @Post('notices/:id/reject')
  @HttpCode(200)
  @Requires('dpo')
  @ApiOperation({ summary: 'DPO: send the notice back, saying what has to change; from the console, with a fresh totpCode (step-up)' })
  @ApiOkResponse({ type: NoticeView })
  async reject(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectNoticeDto,
    @Req() request: Request,
  ): Promise<NoticeView> {
    await this.secondFactor.confirmStepUp(caller, body.totpCode, clientOf(request));
    return noticeView(await this.notices.reject(actorOf(caller), id, body.reason));
  }

  @Post('notices/:id/sent')
  @HttpCode(200)
  @Requires('responder')
  @ApiOperation({ summary: 'Record that the approved notice went out; the clock it meets stops (met, or met late)' })
  @ApiOkResponse({ type: NoticeView })
  async markSent(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() body: MarkSentDto): Promise<NoticeView> {
    return noticeView(await this.notices.markSent(actorOf(caller), id, body));
  }
}
