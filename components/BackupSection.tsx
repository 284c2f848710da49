import { useState, type ReactElement } from 'react';
import { applyBackup, checkBackup, collectBackup, currentData, diffBackup, readBackup, type BackupChange, type BackupData, type ImportProblem } from '../extension/backup';
import { t } from '../extension/i18n';
import { STORED } from '../extension/storage';
import { saveJsonFile } from './save-file';

type Pending = { data: BackupData; changes: BackupChange[]; unknownKeys: string[]; fileName: string };

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MB).toFixed(1);

/** Why a file is not imported, in the person's language. Every sentence starts "Nothing changed". */
export function describeImportProblem(problem: ImportProblem, fileName: string): string {
  switch (problem.code) {
    case 'notJson':
      return problem.line === 0 ? t('importEmptyFile', fileName) : t('optionsImportNotJson', fileName, String(problem.line), String(problem.column));
    case 'notBackup':
      return t('optionsImportNotBackup', fileName);
    case 'invalid':
      return t('optionsImportInvalid', fileName, problem.detail);
    case 'unknownZone':
      return t('importUnknownZone', fileName, problem.zone);
    case 'syncItemTooLarge':
      return t('importSyncItemTooLarge', fileName, t(STORED[problem.part].label), problem.bytes.toLocaleString(), problem.limit.toLocaleString());
    case 'syncTotalTooLarge':
      return t('importSyncTotalTooLarge', fileName, problem.bytes.toLocaleString(), problem.limit.toLocaleString());
    case 'calendarsTooLarge':
      return t('importCalendarsTooLarge', fileName, megabytes(problem.bytes), String(problem.limit / MB));
    case 'localTooLarge':
      return t('importLocalTooLarge', fileName, megabytes(problem.bytes), String(problem.limit / MB));
    case 'writeFailed':
      return t('importWriteFailed', fileName, problem.detail);
  }
}

export interface BackupSectionProps {
  /** Hands the file to the browser; a test passes its own. */
  download?: (fileName: string, json: string) => void;
}

/** Export everything as one JSON file; import one back after seeing what it changes. */
export function BackupSection({ download = saveJsonFile }: BackupSectionProps): ReactElement {
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
      setProblem(describeImportProblem(reading.problem, file.name));
      return;
    }
    // Quotas and budgets are checked before the review, so a file that cannot be written is never offered.
    const refusal = await checkBackup(reading.data);
    if (refusal) {
      setProblem(describeImportProblem(refusal, file.name));
      return;
    }
    setProblem('');
    setPending({ data: reading.data, changes: diffBackup(await currentData(), reading.data), unknownKeys: reading.unknownKeys, fileName: file.name });
  };

  const apply = async () => {
    if (!pending) return;
    // Checked again: storage may have changed since the review.
    const result = await applyBackup(pending.data);
    if (!result.ok) {
      setProblem(describeImportProblem(result.problem, pending.fileName));
      setPending(null);
      return;
    }
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
