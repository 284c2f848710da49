import { useState, type ReactElement } from 'react';
import { t } from '../extension/i18n';
import type { StoredDateOverride } from '../core/availability-settings';
import { windowProblem } from '../core/weekly-windows';

export interface DateOverridesProps {
  overrides: StoredDateOverride[];
  onChange: (overrides: StoredDateOverride[]) => Promise<void>;
}

type Kind = StoredDateOverride['kind'];

function describe(override: StoredDateOverride): string {
  switch (override.kind) {
    case 'dayOff':
      return t('optionsOverrideDayOffItem', override.date);
    case 'blocked':
      return t('optionsOverrideBlockedItem', override.from, override.to);
    case 'extraHours':
      return t('optionsOverrideExtraItem', override.date, override.windows.map((window) => `${window.start}–${window.end}`).join(', '));
  }
}

/** Days off, blocked ranges (a holiday) and extra free hours on one date. */
export function DateOverrides({ overrides, onChange }: DateOverridesProps): ReactElement {
  const [kind, setKind] = useState<Kind>('dayOff');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [start, setStart] = useState('10:00');
  const [end, setEnd] = useState('14:00');
  const [problem, setProblem] = useState('');

  const add = () => {
    if (!from || (kind === 'blocked' && !to)) return setProblem(t('optionsOverrideNeedDate'));
    if (kind === 'blocked' && to < from) return setProblem(t('optionsOverrideRangeOrder'));
    if (kind === 'extraHours' && windowProblem({ start, end }) !== null) return setProblem(t('optionsOverrideTimeOrder'));
    const next: StoredDateOverride =
      kind === 'dayOff'
        ? { kind, date: from }
        : kind === 'blocked'
          ? { kind, from, to }
          : { kind, date: from, windows: [{ start, end }] };
    setProblem('');
    void onChange([...overrides, next]);
  };

  return (
    <div className="overrides">
      {overrides.length === 0 ? (
        <p className="muted">{t('optionsOverridesNone')}</p>
      ) : (
        <ul className="override-list">
          {overrides.map((override, index) => (
            <li key={`${JSON.stringify(override)}-${index}`} className="row">
              <span>{describe(override)}</span>
              <button type="button" aria-label={t('optionsRemoveNamed', describe(override))} onClick={() => void onChange(overrides.filter((_, other) => other !== index))}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="override-form">
        <p>{t('optionsOverrideAdd')}</p>
        <label>
          {t('optionsOverrideKind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            <option value="dayOff">{t('optionsOverrideDayOff')}</option>
            <option value="blocked">{t('optionsOverrideBlocked')}</option>
            <option value="extraHours">{t('optionsOverrideExtra')}</option>
          </select>
        </label>
        <label>
          {kind === 'blocked' ? t('optionsOverrideFrom') : t('optionsOverrideDate')}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        {kind === 'blocked' && (
          <label>
            {t('optionsOverrideTo')}
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
        )}
        {kind === 'extraHours' && (
          <>
            <label>
              {t('optionsFrom')}
              <input type="time" value={start} onChange={(event) => setStart(event.target.value)} />
            </label>
            <label>
              {t('optionsUntil')}
              <input type="time" value={end} onChange={(event) => setEnd(event.target.value)} />
            </label>
          </>
        )}
        <button type="button" onClick={add}>
          {t('optionsOverrideAddButton')}
        </button>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </div>
  );
}
