import { FormEvent, useState } from 'react';
import { api, call, Member, Role, ROLES } from '../../api/client';
import { useMembers } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { useSession } from '../../session';
import { IssuedLink, IssuedLinkPanel, MemberLinkButton } from './MemberLinks';
import { MemberTelegram } from './MemberTelegram';
import { OwnershipTransfer } from './OwnershipTransfer';

export function TeamPage() {
  const { t, formatDateTime } = useI18n();
  const session = useSession();
  const { members } = useMembers();
  const action = useAction([queryKeys.members]);
  const invite = useAction([queryKeys.members]);
  const [draft, setDraft] = useState<{ email: string; name: string; role: Role }>({
    email: '',
    name: '',
    role: 'support',
  });
  const [inviteUrl, setInviteUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [issued, setIssued] = useState<IssuedLink | null>(null);

  const canManage = (member: Member) =>
    member.id !== session.member.id && session.manageableRoles.includes(member.role);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setInviteUrl(null);
    setCopied(false);
    let created: { invite_url: string } | undefined;
    const ok = await invite.run(async () => {
      created = await call(api.POST('/v1/team/members', { body: draft }));
    });
    if (ok && created) {
      setInviteUrl(created.invite_url);
      setDraft({ email: '', name: '', role: 'support' });
    }
  };
  const changeRole = async (member: Member, role: Role) => {
    const path = { member_id: member.id };
    await action.run(() => call(api.PATCH('/v1/team/members/{member_id}', { params: { path }, body: { role } })));
  };
  const remove = async (member: Member) => {
    if (!window.confirm(t('team.confirmRemove', { name: member.name }))) return;
    const path = { member_id: member.id };
    await action.run(() => call(api.DELETE('/v1/team/members/{member_id}', { params: { path } })));
  };
  const copy = async () => {
    if (!inviteUrl) return;
    await navigator.clipboard?.writeText(inviteUrl).then(
      () => setCopied(true),
      () => undefined,
    );
  };

  return (
    <section className="admin">
      <h1>{t('nav.team')}</h1>
      <table className="team">
        <thead>
          <tr>
            <th>{t('team.name')}</th>
            <th>{t('team.email')}</th>
            <th>{t('team.role')}</th>
            <th>{t('team.since')}</th>
            <th>{t('team.access')}</th>
            <th>{t('teamChat.telegram')}</th>
            <th>
              <span className="visually-hidden">{t('team.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-email={member.email}>
              <td>
                {member.name}
                {member.id === session.member.id && <span className="hint"> ({t('team.you')})</span>}
              </td>
              <td>{member.email}</td>
              <td>
                {canManage(member) ? (
                  <select
                    aria-label={t('team.role')}
                    value={member.role}
                    disabled={action.busy}
                    onChange={(event) => void changeRole(member, event.target.value as Role)}
                  >
                    {ROLES.filter((role) => session.manageableRoles.includes(role)).map((role) => (
                      <option key={role} value={role}>
                        {t(`role.${role}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`role.${member.role}`)
                )}
              </td>
              <td>{formatDateTime(member.created_at)}</td>
              <td>
                <span className={`invite-state ${member.invite_status}`} data-testid="invite-state">
                  {t(member.invite_status === 'pending' ? 'team.pending' : 'team.accepted')}
                </span>
              </td>
              <td>
                <MemberTelegram member={member} />
              </td>
              <td>
                {canManage(member) && (
                  <div className="member-actions">
                    <MemberLinkButton member={member} disabled={action.busy} run={action.run} onIssued={setIssued} />
                    <button type="button" className="danger" disabled={action.busy} onClick={() => void remove(member)}>
                      {t('team.remove')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorText error={action.error} />
      {issued && <IssuedLinkPanel key={issued.url} link={issued} />}

      <form className="inline-form" onSubmit={add}>
        <h2>{t('team.invite')}</h2>
        <input
          name="email"
          type="email"
          required
          maxLength={254}
          placeholder={t('team.email')}
          aria-label={t('team.email')}
          value={draft.email}
          onChange={(event) => setDraft({ ...draft, email: event.target.value })}
        />
        <input
          name="name"
          required
          maxLength={200}
          placeholder={t('team.name')}
          aria-label={t('team.name')}
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <select
          name="role"
          aria-label={t('team.role')}
          value={draft.role}
          onChange={(event) => setDraft({ ...draft, role: event.target.value as Role })}
        >
          {ROLES.filter((role) => session.manageableRoles.includes(role)).map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={invite.busy}>
          {t('team.sendInvite')}
        </button>
      </form>
      <ErrorText error={invite.error} />
      {inviteUrl && (
        <div className="invite-link">
          <p>{t('team.inviteCreated')}</p>
          <input
            readOnly
            aria-label={t('team.inviteLink')}
            value={inviteUrl}
            onFocus={(event) => event.target.select()}
            data-testid="invite-url"
          />
          <button type="button" onClick={() => void copy()}>
            {copied ? t('team.copied') : t('team.copy')}
          </button>
        </div>
      )}

      {session.isOwner && <OwnershipTransfer members={members} />}
    </section>
  );
}
