import { useEffect, useState, type ReactElement } from 'react';
import { t } from '../extension/i18n';
import {
  collectUnreadable,
  discardUnreadable,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  storedSizes,
  watchStorage,
  type Unreadable,
} from '../extension/storage';
import { saveJsonFile } from './save-file';

/** Something read from storage, read again whenever anything stored changes, in any context. */
function useStorageReading<T>(read: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void read().then(
        (next) => live && setValue(next),
        (error: unknown) => console.warn('[Someday] Could not read what is stored.', error),
      );
    load();
    const stop = watchStorage(load);
    return () => {
      live = false;
      stop();
    };
  }, [read]);
  return value;
}

export interface PrivacySectionProps {
  /** Hands a file to the browser; a test passes its own. */
  download?: (fileName: string, json: string) => void;
}

/** What could not be read: kept, listed, saved as a file on request, deleted only when the person says so. */
function CouldNotBeRead({ found, download }: { found: Unreadable[]; download: (fileName: string, json: string) => void }): ReactElement | null {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  if (found.length === 0 && status === '') return null;
  const save = () => {
    const fileName = `someday-could-not-be-read-${new Date().toISOString().slice(0, 10)}.json`;
    const file = Object.fromEntries(found.map(({ name, values }) => [name ?? 'unknown', values]));
    download(fileName, `${JSON.stringify(file, null, 2)}\n`);
    setStatus(t('storedUnreadableSaved', fileName));
  };
  const discard = async () => {
    setConfirming(false);
    await discardUnreadable();
    setStatus(t('storedUnreadableDiscarded'));
  };
  return (
    <div className="could-not-be-read" role="region" aria-labelledby="could-not-be-read-heading">
      <h3 id="could-not-be-read-heading">{t('storedUnreadableHeading')}</h3>
      {found.length > 0 && (
        <>
          <p>{t('storedUnreadableIntro')}</p>
          <ul>
            {found.map(({ name, label, values }) => (
              <li key={name ?? ''} data-unreadable={name ?? ''}>
                {t('storedUnreadableCount', t(label), values.length.toLocaleString())}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={save}>
              {t('storedUnreadableSave')}
            </button>
            {!confirming && (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('storedUnreadableDiscard')}
              </button>
            )}
          </div>
          {confirming && (
            <div className="row" role="group" aria-label={t('storedUnreadableConfirm')}>
              <p>{t('storedUnreadableConfirm')}</p>
              <button type="button" onClick={() => void discard()}>
                {t('storedUnreadableConfirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('storedUnreadableConfirmNo')}
              </button>
            </div>
          )}
        </>
      )}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** What Someday keeps, where, and how big it is: every stored thing in the table, none left out. */
export function PrivacySection({ download = saveJsonFile }: PrivacySectionProps): ReactElement {
  const sizes = useStorageReading(storedSizes);
  const unreadable = useStorageReading(collectUnreadable);
  const syncTotal = (sizes ?? []).filter(({ thing }) => thing.area === 'sync').reduce((sum, { bytes }) => sum + bytes, 0);
  return (
    <div className="privacy">
      <p>{t('optionsPrivacyStatement')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('optionsPrivacyWhat')}</th>
            <th scope="col">{t('optionsPrivacyWhere')}</th>
            <th scope="col">{t('optionsPrivacySize')}</th>
          </tr>
        </thead>
        <tbody>
          {(sizes ?? []).map(({ thing, bytes }) => (
            <tr key={`${thing.area}:${thing.key}`} data-stored={thing.name}>
              <td>{t(thing.label)}</td>
              <td>{t(thing.area === 'sync' ? 'optionsPrivacySync' : 'optionsPrivacyLocal')}</td>
              <td>
                {t('optionsBytes', bytes.toLocaleString())}
                {thing.area === 'sync' && bytes > SYNC_QUOTA_BYTES_PER_ITEM * 0.8 && <span className="error"> {t('optionsNearQuota')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {sizes && (
        <p className="muted" data-testid="sync-total">
          {t('optionsSyncTotal', syncTotal.toLocaleString(), SYNC_QUOTA_BYTES.toLocaleString(), SYNC_QUOTA_BYTES_PER_ITEM.toLocaleString())}
        </p>
      )}
      {unreadable && <CouldNotBeRead found={unreadable} download={download} />}
    </div>
  );
}
