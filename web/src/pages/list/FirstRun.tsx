import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/**
 * A new project's empty list: how tickets arrive. The bot's help link for this project with a QR code
 * (qrcode is loaded only when this is shown), and the API call a site or app makes.
 */
export function FirstRun({ helpLink, canWork }: { helpLink: string; canWork: boolean }) {
  const { t } = useI18n();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toDataURL(helpLink, { margin: 1, width: 160 }))
      .then((url) => current && setQr(url))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [helpLink]);
  const curl =
    `curl -X POST ${window.location.origin}/v1/helpdesk/tickets \\\n` +
    `  -H "Authorization: Bearer $ZAPNOTY_API_KEY" -H "Content-Type: application/json" \\\n` +
    `  -d '{"subject": "Order A-1042", "text": "Where is my order?", "first_name": "Anna"}'`;
  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRun.title')}</h2>
      <div className="first-run-telegram">
        {qr && <img src={qr} width={160} height={160} alt={t('firstRun.qrAlt')} />}
        <div>
          <p>{t('firstRun.telegram')}</p>
          <p>
            <a href={helpLink} target="_blank" rel="noreferrer" data-testid="help-link">
              {helpLink}
            </a>
          </p>
        </div>
      </div>
      <p>{t('firstRun.api')}</p>
      <pre className="first-run-curl" tabIndex={0}>
        <code>{curl}</code>
      </pre>
      {canWork && <p className="hint">{t('firstRun.manual')}</p>}
    </section>
  );
}
