import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';

export interface LinkCode {
  code: string;
  expires_at: string;
  telegram_link: string;
}

/**
 * A one-time Telegram link: a QR code to scan with the phone (qrcode is loaded only when one is shown),
 * the link itself to open or copy, and until when it works.
 */
export function TelegramLinkCode({ link, label }: { link: LinkCode; label: string }) {
  const { t, formatDateTime } = useI18n();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toDataURL(link.telegram_link, { margin: 1, width: 192 }))
      .then((url) => current && setQr(url))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [link.telegram_link]);
  return (
    <div className="telegram-link" data-testid="telegram-link">
      <p>{label}</p>
      {qr && <img src={qr} width={192} height={192} alt={t('teamChat.qrAlt')} />}
      <p>
        <a href={link.telegram_link} target="_blank" rel="noreferrer">
          {link.telegram_link}
        </a>
      </p>
      <p className="hint">{t('teamChat.validUntil', { time: formatDateTime(link.expires_at) })}</p>
    </div>
  );
}
