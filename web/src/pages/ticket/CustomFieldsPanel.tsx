import { FormEvent, useEffect, useMemo, useState } from 'react';
import { api, call, Schemas, TicketDetails } from '../../api/client';
import { useCustomFields } from '../../api/queries';
import { ticketsChanged } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';

type Field = Schemas['CustomFieldResponse'];
type Values = Record<string, unknown>;

function inputValue(field: Field, value: unknown): string | boolean {
  if (field.type === 'checkbox') return value === true;
  return value === undefined || value === null ? '' : String(value);
}

/** The form value as the API wants it: null unsets; numbers and checkboxes keep their JSON types. */
function apiValue(field: Field, value: string | boolean): unknown {
  if (field.type === 'checkbox') return value === true;
  if (value === '') return null;
  return field.type === 'number' ? Number(value) : value;
}

/** The ticket's custom fields, edited together and saved with one PATCH. */
export function CustomFieldsPanel({ ticket, editable }: { ticket: TicketDetails; editable: boolean }) {
  const { t } = useI18n();
  const { data } = useCustomFields();
  const fields = useMemo(() => (data?.custom_fields ?? []).filter((field) => field.enabled), [data]);
  const [draft, setDraft] = useState<Record<string, string | boolean>>({});
  const action = useAction(ticketsChanged(ticket.id));
  const values = ticket.custom_fields as Values;

  useEffect(() => {
    setDraft(Object.fromEntries(fields.map((field) => [field.key, inputValue(field, values[field.key])])));
  }, [fields, values]);

  if (fields.length === 0) return null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const changes = Object.fromEntries(fields.map((field) => [field.key, apiValue(field, draft[field.key] ?? '')]));
    await action.run(() =>
      call(
        api.PATCH('/v1/helpdesk/tickets/{id}', {
          params: { path: { id: ticket.id } },
          body: { custom_fields: changes },
        }),
      ),
    );
  };
  const set = (key: string, next: string | boolean) => setDraft((current) => ({ ...current, [key]: next }));

  return (
    <form className="custom-fields" onSubmit={save} aria-labelledby="custom-fields-title">
      <h2 id="custom-fields-title">{t('fields.title')}</h2>
      {fields.map((field) => {
        const label = `${field.label}${field.required_to_close ? ' *' : ''}`;
        const current = draft[field.key] ?? '';
        if (field.type === 'checkbox')
          return (
            <label key={field.key} className="field checkbox">
              <input
                type="checkbox"
                disabled={!editable}
                checked={current === true}
                onChange={(event) => set(field.key, event.target.checked)}
              />
              <span>{label}</span>
            </label>
          );
        return (
          <label key={field.key} className="field">
            <span className="label">{label}</span>
            {field.type === 'select' ? (
              <select
                disabled={!editable}
                value={String(current)}
                onChange={(event) => set(field.key, event.target.value)}
              >
                <option value="">—</option>
                {field.options.map((option) => (
                  <option key={option}>{option}</option>
                ))}
              </select>
            ) : (
              <input
                type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
                step={field.type === 'number' ? 'any' : undefined}
                readOnly={!editable}
                value={String(current)}
                onChange={(event) => set(field.key, event.target.value)}
              />
            )}
          </label>
        );
      })}
      {editable && (
        <button type="submit" disabled={action.busy}>
          {t('fields.save')}
        </button>
      )}
      <ErrorText error={action.error} />
    </form>
  );
}
