import { FormEvent, useState } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useMembers, useRoutingRules, useTicketTypes } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { EnabledAndDeleteCells } from '../../components/EnabledAndDeleteCells';
import { EditorActions } from '../../components/EditorActions';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { AdminTable, useListChanges } from './admin-list';
import { ChannelOptions, MemberOptions, PriorityOptions } from '../../components/OptionLists';

type Rule = Schemas['RoutingRuleResponse'];
type Condition = Schemas['RoutingConditionSchema'];
type Action = Schemas['RoutingActionSchema'];

const EMPTY_DRAFT = {
  name: '',
  channel: '',
  subject_contains: '',
  text_contains: '',
  ticket_type_id: '',
  assign_to: '',
  set_priority: '',
  add_tag: '',
  order_index: '0',
};

export function RoutingRulesPage() {
  const { t } = useI18n();
  const { members, nameOf } = useMembers();
  const rules = useRoutingRules();
  const types = useTicketTypes();
  const action = useListChanges([queryKeys.routingRules]);
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const set = (key: keyof typeof EMPTY_DRAFT, value: string) => setDraft({ ...draft, [key]: value });
  const typeName = (id: string | undefined) => types.data?.ticket_types.find((type) => type.id === id)?.name ?? id;

  const describeCondition = (condition: Condition) =>
    [
      condition.channel && `${t('routing.channel')}: ${t(`channel.${condition.channel}`)}`,
      condition.subject_contains && `${t('routing.subjectContains')}: “${condition.subject_contains}”`,
      condition.text_contains && `${t('routing.textContains')}: “${condition.text_contains}”`,
      condition.ticket_type_id && `${t('col.type')}: ${typeName(condition.ticket_type_id)}`,
      condition.ticket_type && `${t('col.type')}: ${condition.ticket_type}`,
    ]
      .filter(Boolean)
      .join(' · ');
  const describeAction = (routingAction: Action) =>
    [
      routingAction.assign_to &&
        `${t('routing.assignTo')}: ${nameOf(routingAction.assign_to) ?? routingAction.assign_to}`,
      routingAction.set_priority && `${t('col.priority')}: ${t(`priority.${routingAction.set_priority}`)}`,
      routingAction.add_tag && `${t('routing.addTag')}: ${routingAction.add_tag}`,
    ]
      .filter(Boolean)
      .join(' · ');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const condition: Condition = {
      ...(draft.channel ? { channel: draft.channel as Condition['channel'] } : {}),
      ...(draft.subject_contains ? { subject_contains: draft.subject_contains } : {}),
      ...(draft.text_contains ? { text_contains: draft.text_contains } : {}),
      ...(draft.ticket_type_id ? { ticket_type_id: draft.ticket_type_id } : {}),
    };
    const routingAction: Action = {
      ...(draft.assign_to ? { assign_to: draft.assign_to } : {}),
      ...(draft.set_priority ? { set_priority: draft.set_priority as Action['set_priority'] } : {}),
      ...(draft.add_tag ? { add_tag: draft.add_tag } : {}),
    };
    const ok = await action.run(() =>
      call(
        api.POST('/v1/helpdesk/routing-rules', {
          body: { name: draft.name, condition, action: routingAction, order_index: Number(draft.order_index) || 0 },
        }),
      ),
    );
    if (ok) setDraft(EMPTY_DRAFT);
  };
  const toggle = (rule: Rule) => {
    const params = { path: { rule_id: rule.id } };
    return action.run(() =>
      call(api.PUT('/v1/helpdesk/routing-rules/{rule_id}', { params, body: { enabled: !rule.enabled } })),
    );
  };
  const remove = (rule: Rule) => {
    const params = { path: { rule_id: rule.id } };
    return action.remove(rule.name, () => call(api.DELETE('/v1/helpdesk/routing-rules/{rule_id}', { params })));
  };

  return (
    <section className="admin">
      <h1>{t('nav.routing')}</h1>
      <p className="hint">{t('routing.hint')}</p>
      <ErrorText error={rules.error} />
      <AdminTable
        headings={[t('types.order'), t('routing.name'), t('routing.when'), t('routing.then'), t('common.enabled')]}
      >
        {rules.data?.routing_rules.map((rule) => (
          <tr key={rule.id}>
            <td>{rule.order_index}</td>
            <td>{rule.name}</td>
            <td>{describeCondition(rule.condition)}</td>
            <td>{describeAction(rule.action)}</td>
            <EnabledAndDeleteCells
              enabled={rule.enabled}
              onToggle={() => void toggle(rule)}
              onDelete={() => void remove(rule)}
            />
          </tr>
        ))}
      </AdminTable>
      <form className="admin-form" onSubmit={create}>
        <h2>{t('routing.new')}</h2>
        <label>
          {t('routing.name')}
          <input required maxLength={200} value={draft.name} onChange={(event) => set('name', event.target.value)} />
        </label>
        <fieldset>
          <legend>{t('routing.when')}</legend>
          <div className="row">
            <label>
              {t('routing.channel')}
              <select value={draft.channel} onChange={(event) => set('channel', event.target.value)}>
                <option value="">{t('list.anyChannel')}</option>
                <ChannelOptions />
              </select>
            </label>
            <label>
              {t('col.type')}
              <select value={draft.ticket_type_id} onChange={(event) => set('ticket_type_id', event.target.value)}>
                <option value="">{t('list.anyType')}</option>
                {types.data?.ticket_types.map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('routing.subjectContains')}
              <input
                maxLength={200}
                value={draft.subject_contains}
                onChange={(event) => set('subject_contains', event.target.value)}
              />
            </label>
            <label>
              {t('routing.textContains')}
              <input
                maxLength={200}
                value={draft.text_contains}
                onChange={(event) => set('text_contains', event.target.value)}
              />
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('routing.then')}</legend>
          <div className="row">
            <label>
              {t('routing.assignTo')}
              <select value={draft.assign_to} onChange={(event) => set('assign_to', event.target.value)}>
                <option value="">—</option>
                <MemberOptions members={members} />
              </select>
            </label>
            <label>
              {t('col.priority')}
              <select value={draft.set_priority} onChange={(event) => set('set_priority', event.target.value)}>
                <option value="">—</option>
                <PriorityOptions />
              </select>
            </label>
            <label>
              {t('routing.addTag')}
              <input maxLength={64} value={draft.add_tag} onChange={(event) => set('add_tag', event.target.value)} />
            </label>
            <label>
              {t('types.order')}
              <input
                type="number"
                className="narrow"
                value={draft.order_index}
                onChange={(event) => set('order_index', event.target.value)}
              />
            </label>
          </div>
        </fieldset>
        <EditorActions busy={action.busy} error={action.error} />
      </form>
    </section>
  );
}
