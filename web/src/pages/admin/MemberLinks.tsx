import { useState } from 'react';
import { api, call, Member } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/** A one-time link just issued for a member: shown once, with its expiry. */
export interface IssuedLink {
  kind: 'invite' | 'reset';
  memberName: string;
  url: string;
  expiresAt: string;
}

/**
 * The Team page's per-member link: a new invite link while the invite is pending, a password-reset link
 * once it is accepted (24 h, one use). Shown only where the viewer may manage the member's role.
 */
export function MemberLinkButton({
  member,
  disabled,
  run,
  onIssued,
}: {
  member: Member;
  disabled: boolean;
  run(change: () => Promise<unknown>): Promise<boolean>;
  onIssued(link: IssuedLink): void;
}) {
  const { t } = useI18n();
  const pending = member.invite_status === 'pending';
  const issue = async () => {
    const path = { params: { path: { member_id: member.id } } };
    let link: IssuedLink | undefined;
    const ok = await run(async () => {
      if (pending) {
        const issued = await call(api.POST('/v1/team/members/{member_id}/invite', path));
        link = { kind: 'invite', memberName: member.name, url: issued.invite_url, expiresAt: issued.expires_at };
      } else {
        const issued = await call(api.POST('/v1/team/members/{member_id}/reset-link', path));
        link = { kind: 'reset', memberName: member.name, url: issued.reset_url, expiresAt: issued.expires_at };
      }
    });
    if (ok && link) onIssued(link);
  };
  return (
    <button type="button" disabled={disabled} onClick={() => void issue()}>
      {t(pending ? 'team.newInviteLink' : 'team.resetLink')}
    </button>
  );
}

/** The link, its expiry and a copy button; it is not stored anywhere, so leaving the page loses it. */
export function IssuedLinkPanel({ link }: { link: IssuedLink }) {
  const { t, formatDateTime } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(link.url).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  const text = link.kind === 'invite' ? 'team.inviteIssued' : 'team.resetIssued';
  return (
    <div className="invite-link" data-testid="member-link" data-kind={link.kind}>
      <p>{t(text, { name: link.memberName, time: formatDateTime(link.expiresAt) })}</p>
      <input readOnly aria-label={t('team.oneTimeLink')} value={link.url} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => void copy()}>
        {copied ? t('team.copied') : t('team.copy')}
      </button>
    </div>
  );
}
