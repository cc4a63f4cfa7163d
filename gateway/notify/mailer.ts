/**
 * Sends one notice by SMTP (nodemailer), configured by HEARTH_SMTP_* (gateway/config.ts). A notice
 * is plain text with no attachment, ever: the document stays on the child's record. The Message-ID
 * is made from the notification's id, so if a send is repeated (the server accepted it but the
 * gateway stopped before recording that) the recipient's mail system can recognise the duplicate.
 */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config.ts';

export interface OutgoingNotice {
  notificationId: string;
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(notice: OutgoingNotice): Promise<void>;
  close(): void;
}

/** Timeouts short enough that a stalled server does not hold the queue for long, long enough for a slow one. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/**
 * A pool of kept connections, not one per notice: a drain of a hundred documents otherwise opened a
 * hundred SMTP sessions (greeting, EHLO, and a login each with auth), costing the gateway CPU beside
 * the uploads and a council's mail server connections it may limit. A connection the server closed
 * is opened again by the pool; a notice whose send fails is retried by the worker as before.
 */
const POOL = { pool: true, maxConnections: 2, maxMessages: 100 } as const;

export function smtpMailer(config: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    ...POOL,
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.pass } } : {}),
    ...TIMEOUTS,
  });
  return {
    async send(notice) {
      const domain = /@([^>\s]+)>?\s*$/.exec(config.from)?.[1] ?? 'hearth.invalid';
      await transport.sendMail({
        from: config.from,
        to: notice.to,
        subject: notice.subject,
        text: notice.text,
        messageId: `<notification-${notice.notificationId}@${domain}>`,
      });
    },
    close: () => transport.close(),
  };
}
