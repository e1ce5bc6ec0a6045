import { FormEvent, useState } from 'react';
import { api, call, Schemas } from '../../api/client';
import { useCustomFields } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { EnabledAndDeleteCells } from '../../components/EnabledAndDeleteCells';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { AdminTable, TextCellSavedOnBlur, useListChanges } from './admin-list';

type Field = Schemas['CustomFieldResponse'];
type FieldType = Field['type'];
const TYPES: FieldType[] = ['text', 'number', 'checkbox', 'date', 'select'];

/** The project's custom fields: create, switch on/off, required to close, delete. */
export function CustomFieldsPage() {
  const { t } = useI18n();
  const { data, error } = useCustomFields();
  const action = useListChanges([queryKeys.customFields]);
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');
  const [type, setType] = useState<FieldType>('text');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const choices = options
      .split(',')
      .map((option) => option.trim())
      .filter(Boolean);
    const body = { key, label, type, required_to_close: required, ...(type === 'select' ? { options: choices } : {}) };
    if (await action.run(() => call(api.POST('/v1/helpdesk/custom-fields', { body })))) {
      setKey('');
      setLabel('');
      setOptions('');
      setRequired(false);
    }
  };
  const update = (field: Field, body: Schemas['UpdateCustomFieldDto']) => {
    const params = { path: { field_id: field.id } };
    return action.run(() => call(api.PUT('/v1/helpdesk/custom-fields/{field_id}', { params, body })));
  };
  const remove = (field: Field) => {
    const params = { path: { field_id: field.id } };
    return action.remove(field.label, () => call(api.DELETE('/v1/helpdesk/custom-fields/{field_id}', { params })));
  };

  return (
    <section className="admin">
      <h1>{t('nav.customFields')}</h1>
      <ErrorText error={error} />
      <AdminTable
        headings={[
          t('fields.key'),
          t('fields.label'),
          t('fields.type'),
          t('fields.requiredToClose'),
          t('common.enabled'),
        ]}
      >
        {data?.custom_fields.map((field) => (
          <tr key={field.id}>
            <td>
              <code>{field.key}</code>
            </td>
            <TextCellSavedOnBlur
              label={t('fields.label')}
              value={field.label}
              onSave={(label) => void update(field, { label })}
            />
            <td>
              {t(`fields.type.${field.type}`)}
              {field.type === 'select' && <span className="hint"> ({field.options.join(', ')})</span>}
            </td>
            <td>
              <input
                type="checkbox"
                aria-label={t('fields.requiredToClose')}
                checked={field.required_to_close}
                onChange={(event) => void update(field, { required_to_close: event.target.checked })}
              />
            </td>
            <EnabledAndDeleteCells
              enabled={field.enabled}
              onToggle={(enabled) => void update(field, { enabled })}
              onDelete={() => void remove(field)}
            />
          </tr>
        ))}
      </AdminTable>
      <form className="inline-form" onSubmit={create}>
        <h2>{t('fields.new')}</h2>
        <input
          required
          pattern="[a-z0-9_]{1,40}"
          placeholder="order_id"
          aria-label={t('fields.key')}
          value={key}
          onChange={(event) => setKey(event.target.value)}
        />
        <input
          required
          maxLength={100}
          placeholder={t('fields.label')}
          aria-label={t('fields.label')}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <select
          aria-label={t('fields.type')}
          value={type}
          onChange={(event) => setType(event.target.value as FieldType)}
        >
          {TYPES.map((option) => (
            <option key={option} value={option}>
              {t(`fields.type.${option}`)}
            </option>
          ))}
        </select>
        {type === 'select' && (
          <input
            required
            placeholder={t('fields.options')}
            aria-label={t('fields.options')}
            value={options}
            onChange={(event) => setOptions(event.target.value)}
          />
        )}
        <label className="checkbox">
          <input type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />
          {t('fields.requiredToClose')}
        </label>
        <button type="submit" className="primary" disabled={action.busy}>
          {t('common.add')}
        </button>
      </form>
      <ErrorText error={action.error} />
    </section>
  );
}
