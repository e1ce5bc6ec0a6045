import type { QueryKey } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';

/**
 * The changes of an admin list (add, edit, switch on/off, delete) through one action that makes `changes`
 * (the list's key, and whatever else shows the items) stale, so the table shows each change once it is
 * made. Delete asks first, naming the item.
 */
export function useListChanges(changes: QueryKey[]) {
  const { t } = useI18n();
  const action = useAction(changes);
  const remove = async (name: string, request: () => Promise<unknown>) =>
    window.confirm(t('common.confirmDelete', { name })) && (await action.run(request));
  return { ...action, remove };
}

/** An admin list's add/edit form: the item being edited (null while adding one) and the form's draft. */
export function useEditor<Item, Draft>(empty: Draft, draftOf: (item: Item) => Draft) {
  const [editing, setEditing] = useState<Item | null>(null);
  const [draft, setDraft] = useState<Draft>(empty);
  return {
    editing,
    draft,
    setDraft,
    edit(item: Item) {
      setEditing(item);
      setDraft(draftOf(item));
    },
    reset() {
      setEditing(null);
      setDraft(empty);
    },
  };
}

/** The last cell of an editable admin row: Edit (fills the form below) and Delete. */
export function EditAndDeleteCell({ onEdit, onDelete }: { onEdit(): void; onDelete(): void }) {
  const { t } = useI18n();
  return (
    <td className="actions">
      <button type="button" onClick={onEdit}>
        {t('common.edit')}
      </button>
      <button type="button" className="danger" onClick={onDelete}>
        {t('common.delete')}
      </button>
    </td>
  );
}

/** An admin page's table: a heading per column, then the rows; the last column (the row's buttons) has none. */
export function AdminTable({ headings, children }: { headings: string[]; children: ReactNode }) {
  return (
    <table>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading}>{heading}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A table cell whose text is edited in place and saved when the field is left changed (a type's name…). */
export function TextCellSavedOnBlur({
  label,
  value,
  onSave,
}: {
  label: string;
  value: string;
  onSave(next: string): void;
}) {
  return (
    <td>
      <input
        aria-label={label}
        defaultValue={value}
        onBlur={(event) => event.target.value !== value && onSave(event.target.value)}
      />
    </td>
  );
}
