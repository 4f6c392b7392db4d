import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@jalin/config';
import { DeliveryMessage } from './delivery-message';

/** Sends notification e-mails through SMTP_URL (nodemailer, one pooled transport per worker). */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  async send(message: DeliveryMessage, to: string): Promise<void> {
    if (!this.config.SMTP_URL) throw new Error('SMTP_URL is not configured');
    this.transport ??= createTransport(this.config.SMTP_URL, { from: this.config.MAIL_FROM });
    const footer = message.locale === 'en' ? 'Open in Jalin' : 'Buka di Jalin';
    await this.transport.sendMail({
      to,
      subject: message.title,
      text: `${message.body}\n\n${footer}: ${message.link}\n`,
      html: `<p>${escapeHtml(message.body)}</p><p><a href="${escapeHtml(message.link)}">${footer}</a></p>`,
      headers: { 'X-Jalin-Notification-Id': message.id },
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
