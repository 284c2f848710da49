import { useEffect, useState, type ReactElement } from 'react';
import { t } from '../utils/i18n';
import { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, storedSizes, watchStorage, type StoredSize } from '../utils/storage';

/** The sizes of everything stored, read again whenever anything stored changes. */
function useStoredSizes(): StoredSize[] | null {
  const [sizes, setSizes] = useState<StoredSize[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void storedSizes().then(
        (next) => live && setSizes(next),
        (error: unknown) => console.warn('[Someday] Could not measure what is stored.', error),
      );
    load();
    const stop = watchStorage(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return sizes;
}

/** What Someday keeps, where, and how big it is: every stored thing in the table, none left out. */
export function PrivacySection(): ReactElement {
  const sizes = useStoredSizes();
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
    </div>
  );
}
