import { useEffect, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';

/** At most this many files per reply, as the API takes (10 parts named `files`, 20 MiB each). */
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The files picked for the reply, each removable, images with a preview. */
export function ChosenFiles({ files, onRemove }: { files: File[]; onRemove(index: number): void }) {
  const { t } = useI18n();
  const previews = useMemo(
    () => files.map((file) => (file.type.startsWith('image/') ? URL.createObjectURL(file) : null)),
    [files],
  );
  useEffect(() => () => previews.forEach((url) => url && URL.revokeObjectURL(url)), [previews]);
  if (files.length === 0) return null;
  return (
    <ul className="chosen-files" aria-label={t('reply.files')}>
      {files.map((file, index) => (
        <li key={`${file.name}-${index}`}>
          {previews[index] ? <img src={previews[index]!} alt="" /> : <span aria-hidden="true">📎</span>}
          <span className="file-name">{file.name}</span>
          <span className="hint">{Math.max(1, Math.round(file.size / 1024))} KB</span>
          <button
            type="button"
            className="link"
            aria-label={t('reply.removeFile', { name: file.name })}
            onClick={() => onRemove(index)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
