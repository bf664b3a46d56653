// Platform e-mail: sendMail() records every message in the tenant's outbox and sends it through SMTP when
// RODTRAD_SMTP_HOST is set (docs/operations.md, "E-mail"). Modules import only from here.
export { isMailAddress, loadMailConfig, MailConfigError, type MailConfig } from './config.js';
export { listOutbox, type OutboxEntry } from './outbox.js';
export {
  sendMail,
  type MailAttachment,
  type MailContext,
  type MailMessage,
  type MailResult,
  type MailStatus,
} from './send.js';
