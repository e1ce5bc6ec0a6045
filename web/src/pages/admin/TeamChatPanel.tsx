import { useState } from 'react';
import { api, call } from '../../api/client';
import { useTeamChat } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { type LinkCode, TelegramLinkCode } from '../../components/TelegramLinkCode';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';

/** Settings: the project's Telegram team group — its state, a warning when it cannot work, link and unlink. */
export function TeamChatPanel() {
  const { t, formatDateTime } = useI18n();
  const { data: group, error, refetch } = useTeamChat();
  const action = useAction([queryKeys.teamChat]);
  const [code, setCode] = useState<LinkCode | null>(null);

  const link = async () => {
    let issued: LinkCode | undefined;
    // A link code changes nothing yet: the group is linked when the bot sees the code in it.
    if (await action.run(async () => (issued = await call(api.POST('/v1/helpdesk/team-chat/link-code'))), []))
      setCode(issued ?? null);
  };
  const unlink = async () => {
    if (!window.confirm(t('teamChat.confirmUnlink'))) return;
    if (await action.run(() => call(api.DELETE('/v1/helpdesk/team-chat')))) setCode(null);
  };

  return (
    <section className="admin team-chat" aria-labelledby="team-chat-title">
      <h2 id="team-chat-title">{t('teamChat.title')}</h2>
      <p className="hint">{t('teamChat.intro')}</p>
      <ErrorText error={error} />
      {group?.linked ? (
        <>
          <p data-testid="team-chat-state">
            {t('teamChat.linked', { title: group.title ?? '', time: formatDateTime(group.linked_at!) })}
          </p>
          {group.status !== 'ok' && (
            <p className="warning" role="status" data-testid="team-chat-warning">
              {t(group.status === 'bot_removed' ? 'teamChat.botRemoved' : 'teamChat.noTopicRights')}
            </p>
          )}
        </>
      ) : (
        group && <p data-testid="team-chat-state">{t('teamChat.notLinked')}</p>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={action.busy} onClick={() => void link()}>
          {group?.linked ? t('teamChat.relink') : t('teamChat.link')}
        </button>
        {group?.linked && (
          <button type="button" className="danger" disabled={action.busy} onClick={() => void unlink()}>
            {t('teamChat.unlink')}
          </button>
        )}
        <button type="button" onClick={() => void refetch()}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorText error={action.error} />
      {code && <TelegramLinkCode link={code} label={t('teamChat.groupSteps')} />}
    </section>
  );
}
