import { FormEvent, useState } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useTicketTypes } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { EnabledAndDeleteCells } from '../../components/EnabledAndDeleteCells';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { AdminTable, TextCellSavedOnBlur, useListChanges } from './admin-list';

type TicketType = Schemas['TicketTypeConfigResponse'];

export function TicketTypesPage() {
  const { t } = useI18n();
  const { data, error } = useTicketTypes();
  const action = useListChanges([queryKeys.ticketTypes]);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [sortOrder, setSortOrder] = useState('0');

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await action.run(() =>
      call(
        api.POST('/v1/helpdesk/ticket-types', {
          body: { name, description: description || null, sort_order: Number(sortOrder) || 0 },
        }),
      ),
    );
    if (ok) {
      setName('');
      setDescription('');
    }
  };
  const update = (type: TicketType, change: Partial<Pick<TicketType, 'name' | 'enabled' | 'sort_order'>>) =>
    action.run(() =>
      call(api.PUT('/v1/helpdesk/ticket-types/{type_id}', { params: { path: { type_id: type.id } }, body: change })),
    );
  const remove = (type: TicketType) =>
    action.remove(type.name, () =>
      call(api.DELETE('/v1/helpdesk/ticket-types/{type_id}', { params: { path: { type_id: type.id } } })),
    );

  return (
    <section className="admin">
      <h1>{t('nav.ticketTypes')}</h1>
      <ErrorText error={error} />
      <AdminTable headings={[t('types.name'), t('types.description'), t('types.order'), t('common.enabled')]}>
        {data?.ticket_types.map((type) => (
          <tr key={type.id}>
            <TextCellSavedOnBlur
              label={t('types.name')}
              value={type.name}
              onSave={(name) => void update(type, { name })}
            />
            <td>{type.description ?? '—'}</td>
            <td>{type.sort_order}</td>
            <EnabledAndDeleteCells
              enabled={type.enabled}
              onToggle={(enabled) => void update(type, { enabled })}
              onDelete={() => void remove(type)}
            />
          </tr>
        ))}
      </AdminTable>
      <form className="inline-form" onSubmit={create}>
        <h2>{t('types.new')}</h2>
        <input
          required
          maxLength={100}
          placeholder={t('types.name')}
          aria-label={t('types.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <input
          maxLength={500}
          placeholder={t('types.description')}
          aria-label={t('types.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <input
          type="number"
          className="narrow"
          aria-label={t('types.order')}
          value={sortOrder}
          onChange={(event) => setSortOrder(event.target.value)}
        />
        <button type="submit" className="primary" disabled={action.busy}>
          {t('common.add')}
        </button>
      </form>
      <ErrorText error={action.error} />
    </section>
  );
}
