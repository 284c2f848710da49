import { useState, type ReactElement } from 'react';
import { applyBackup, collectBackup, currentData, diffBackup, readBackup, type BackupChange, type BackupData } from '../utils/backup';
import { t, type MessageKey } from '../utils/i18n';
import { STORED } from '../utils/storage';

type Pending = { data: BackupData; changes: BackupChange[]; unknownKeys: string[]; fileName: string };

export interface BackupSectionProps {
  /** Hands the file to the browser; a test passes its own. */
  download?: (fileName: string, json: string) => void;
}

function downloadFile(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export everything as one JSON file; import one back after seeing what it changes. */
export function BackupSection({ download = downloadFile }: BackupSectionProps): ReactElement {
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');

  const exportAll = async () => {
    const backup = await collectBackup();
    download(`someday-backup-${backup.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(backup, null, 2)}\n`);
    setStatus(t('optionsExported'));
  };

  const importFile = async (file: File) => {
    setPending(null);
    setStatus('');
    const reading = readBackup(await file.text());
    if (!reading.ok) {
      const key: MessageKey = reading.problem === 'notJson' ? 'optionsImportNotJson' : reading.problem === 'notBackup' ? 'optionsImportNotBackup' : 'optionsImportInvalid';
      setProblem(t(key, file.name, reading.detail));
      return;
    }
    setProblem('');
    setPending({ data: reading.data, changes: diffBackup(await currentData(), reading.data), unknownKeys: reading.unknownKeys, fileName: file.name });
  };

  const apply = async () => {
    if (!pending) return;
    await applyBackup(pending.data);
    setPending(null);
    setStatus(t('optionsImportApplied'));
  };

  return (
    <div className="backup">
      <p className="muted">{t('optionsBackupIntro')}</p>
      <div className="row">
        <button type="button" onClick={() => void exportAll()}>
          {t('optionsExport')}
        </button>
        <label className="file-button">
          {t('optionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {pending && (
        <div className="import-review" role="region" aria-label={t('optionsImportReview', pending.fileName)}>
          <h3>{t('optionsImportReview', pending.fileName)}</h3>
          {pending.changes.length === 0 ? (
            <p>{t('optionsImportNoChanges')}</p>
          ) : (
            <ul className="changes">
              {pending.changes.map((change) => (
                <li key={`${change.part}.${change.field}`}>
                  <strong>
                    {t(STORED[change.part].label)}
                    {change.field ? ` › ${change.field}` : ''}
                  </strong>
                  : <span className="from">{change.from}</span> → <span className="to">{change.to}</span>
                </li>
              ))}
            </ul>
          )}
          {pending.unknownKeys.length > 0 && <p className="muted">{t('optionsImportUnknownKeys', pending.unknownKeys.join(', '))}</p>}
          <div className="row">
            <button type="button" onClick={() => void apply()}>
              {t('optionsImportApply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('optionsImportCancel')}
            </button>
          </div>
        </div>
      )}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
