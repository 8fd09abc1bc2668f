import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/domain-error.js';
import { ephemeral } from './command-answers.js';
import { errorSentence } from './slack-sentences.js';

/** Slack shows a slash command's failure only from a 200 answer: a refusal or an unknown reference is said in a sentence. */
@Catch(DomainError)
export class SlackErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(200)
      .json(ephemeral(errorSentence(error)));
  }
}
