import { useI18n } from '../i18n/i18n';
import { useMembers } from '../api/queries';
import { MemberTelegram } from './admin/MemberTelegram';
import { TelegramNotifications } from './TelegramNotifications';
import { useSession } from '../session';

/** Every member links their own Telegram here (the team group and private notifications need it). */
export function MyTelegramPage() {
  const { t } = useI18n();
  const session = useSession();
  const { members } = useMembers();
  const me = members.find((member) => member.id === session.member.id);
  return (
    <section className="admin">
      <h1>{t('nav.myTelegram')}</h1>
      <p className="hint">{t('teamChat.myIntro')}</p>
      {me && <MemberTelegram member={me} />}
      {me && <TelegramNotifications key={me.telegram?.user_id ?? 'none'} member={me} />}
    </section>
  );
}
