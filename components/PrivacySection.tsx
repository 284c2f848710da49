import type { ReactElement } from 'react';
import { t, type MessageKey } from '../utils/i18n';
import { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, syncBytes } from '../utils/storage';

export interface StoredPart {
  key: string;
  area: 'sync' | 'local';
  what: MessageKey;
  value: unknown;
}

/** What Someday keeps, where, and how big it is. */
export function PrivacySection({ parts }: { parts: StoredPart[] }): ReactElement {
  const syncTotal = parts.filter((part) => part.area === 'sync').reduce((sum, part) => sum + syncBytes(part.key, part.value), 0);
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
          {parts.map((part) => {
            const bytes = syncBytes(part.key, part.value);
            return (
              <tr key={part.key}>
                <td>{t(part.what)}</td>
                <td>{t(part.area === 'sync' ? 'optionsPrivacySync' : 'optionsPrivacyLocal')}</td>
                <td>
                  {t('optionsBytes', bytes.toLocaleString())}
                  {part.area === 'sync' && bytes > SYNC_QUOTA_BYTES_PER_ITEM * 0.8 && <span className="error"> {t('optionsNearQuota')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">{t('optionsSyncTotal', syncTotal.toLocaleString(), SYNC_QUOTA_BYTES.toLocaleString(), SYNC_QUOTA_BYTES_PER_ITEM.toLocaleString())}</p>
    </div>
  );
}
