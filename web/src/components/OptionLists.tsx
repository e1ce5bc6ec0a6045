import { CHANNELS, type Member, PRIORITIES, STATUSES } from '../api/client';
import { useI18n } from '../i18n/i18n';

// The <option>s of the selects that pick a status, priority, channel or member (list filters, bulk bar,
// ticket view, macros, routing rules): one place for their values and words.

export function StatusOptions() {
  const { t } = useI18n();
  return STATUSES.map((status) => (
    <option key={status} value={status}>
      {t(`status.${status}`)}
    </option>
  ));
}

export function PriorityOptions() {
  const { t } = useI18n();
  return PRIORITIES.map((priority) => (
    <option key={priority} value={priority}>
      {t(`priority.${priority}`)}
    </option>
  ));
}

export function ChannelOptions() {
  const { t } = useI18n();
  return CHANNELS.map((channel) => (
    <option key={channel} value={channel}>
      {t(`channel.${channel}`)}
    </option>
  ));
}

export function MemberOptions({ members }: { members: Member[] }) {
  return members.map((member) => (
    <option key={member.id} value={member.id}>
      {member.name}
    </option>
  ));
}
