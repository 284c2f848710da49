import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { t, type MessageKey } from '../extension/i18n';
import { LANGUAGES, LANGUAGE_NAMES, type LanguageCode } from '../core/languages';
import { planFromStorage, type StoredPlanInputs } from '../extension/plan-from-storage';
import { isQuotaError, SyncQuotaError } from '../extension/storage';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  listActivities,
  templateFor,
  TEMPLATE_KINDS,
  withTemplate,
  type TemplateKind,
  type WordingSettings,
} from '../core/templates';

const KIND_LABELS: Record<TemplateKind, MessageKey> = {
  social: 'optionsTemplateSocial',
  business: 'optionsTemplateBusiness',
  businessNearby: 'optionsTemplateNearby',
};
const SAVE_AFTER_MS = 600;

export interface WordingSectionProps {
  wording: WordingSettings;
  onSave: (next: WordingSettings) => Promise<void>;
  /** What the preview plans from, as the card does (its own wording is the draft being edited). */
  planner: Omit<StoredPlanInputs, 'wording'>;
  /** For the preview; a test passes a fixed time. */
  now?: () => Date;
}

function saveProblem(error: unknown): string {
  if (error instanceof SyncQuotaError) return t('optionsSyncTooMuch', String(error.bytes), String(error.limit));
  if (isQuotaError(error)) return t('optionsSyncTooMuch', '?', '8192');
  return t('optionsNotSaved', error instanceof Error ? error.message : String(error));
}

function TemplateEditor(props: {
  kind: TemplateKind;
  lang: LanguageCode;
  wording: WordingSettings;
  save: (next: WordingSettings) => void;
  planner: Omit<StoredPlanInputs, 'wording'>;
  now: () => Date;
}): ReactElement {
  const { kind, lang, wording, save, planner, now } = props;
  const stored = templateFor(wording, kind, lang);
  const [draft, setDraft] = useState(stored);
  const [followed, setFollowed] = useState(`${lang}:${stored}`);
  if (`${lang}:${stored}` !== followed) {
    setFollowed(`${lang}:${stored}`);
    setDraft(stored);
  }
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const check = checkTemplate(draft);
  const id = `template-${kind}`;

  const preview = useMemo(() => {
    const draftWording = withTemplate(wording, kind, lang, draft);
    return planFromStorage(
      { ...planner, wording: draftWording },
      {
        mode: kind === 'social' ? 'social' : 'business',
        nearby: kind === 'businessNearby',
        now: now(),
        lang,
        recipient: t('optionsPreviewName'),
      },
    );
  }, [wording, kind, lang, draft, planner, now]);

  const change = (text: string) => {
    setDraft(text);
    window.clearTimeout(timer.current);
    if (!checkTemplate(text).ok || text.trim() === '') return;
    timer.current = window.setTimeout(() => save(withTemplate(wording, kind, lang, text)), SAVE_AFTER_MS);
  };

  return (
    <div className="template" data-kind={kind}>
      <label htmlFor={id}>{t(KIND_LABELS[kind])}</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        aria-invalid={!check.ok}
        aria-describedby={check.ok ? `${id}-preview` : `${id}-error`}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          window.clearTimeout(timer.current);
          if (check.ok && draft.trim() !== '' && draft !== stored) save(withTemplate(wording, kind, lang, draft));
        }}
      />
      {!check.ok && (
        <p className="error" id={`${id}-error`} role="alert">
          {t('optionsUnknownPlaceholder', check.unknown.join(', '), '{name} {activity} {times} {admire} {minutes}')}
        </p>
      )}
      <div className="row">
        <p className="preview" id={`${id}-preview`} data-testid={`preview-${kind}`}>
          {preview.invite ?? t('optionsPreviewNoTimes')}
        </p>
        <button
          type="button"
          disabled={draft === DEFAULT_TEMPLATES[kind][lang]}
          onClick={() => {
            window.clearTimeout(timer.current);
            setDraft(DEFAULT_TEMPLATES[kind][lang]);
            save(withTemplate(wording, kind, lang, null));
          }}
        >
          {t('optionsResetDefault')}
        </button>
      </div>
    </div>
  );
}

/** Templates per mode and language with a live preview, and the activities invites offer. */
export function WordingSection({ wording, onSave, planner, now = () => new Date() }: WordingSectionProps): ReactElement {
  const [lang, setLang] = useState<LanguageCode>('en');
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState('60');
  const activities = listActivities(wording, lang);

  const save = (next: WordingSettings) => {
    onSave(next).then(
      () => setStatus(t('optionsSaved')),
      (error: unknown) => setStatus(saveProblem(error)),
    );
  };

  const addActivity = () => {
    const duration = Math.round(Number(minutes));
    if (!name.trim() || !Number.isFinite(duration) || duration < 5 || duration > 720) {
      setStatus(t('optionsActivityInvalid'));
      return;
    }
    const id = `custom-${Date.now().toString(36)}`;
    save({ ...wording, customActivities: [...wording.customActivities, { id, name: name.trim(), durationMinutes: duration }] });
    setName('');
  };

  return (
    <div className="wording">
      <p className="muted">{t('optionsWordingIntro')}</p>
      <label className="field">
        {t('optionsTemplateLanguage')}
        <select value={lang} onChange={(event) => setLang(event.target.value as LanguageCode)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      {TEMPLATE_KINDS.map((kind) => (
        <TemplateEditor key={kind} kind={kind} lang={lang} wording={wording} save={save} planner={planner} now={now} />
      ))}

      <h3>{t('optionsActivitiesHeading')}</h3>
      <ul className="activity-list">
        {activities.map((activity) => (
          <li key={activity.id} className="row">
            <label className="switch">
              <input
                type="radio"
                name="default-activity"
                checked={wording.defaultActivity === activity.id}
                onChange={() => save({ ...wording, defaultActivity: activity.id })}
              />
              {t('optionsActivityItem', activity.label, String(activity.durationMinutes))}
            </label>
            {activity.custom && (
              <button
                type="button"
                aria-label={t('optionsRemoveNamed', activity.label)}
                onClick={() =>
                  save({
                    ...wording,
                    customActivities: wording.customActivities.filter((custom) => custom.id !== activity.id),
                    defaultActivity: wording.defaultActivity === activity.id ? 'coffee' : wording.defaultActivity,
                  })
                }
              >
                {t('optionsRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="row activity-form">
        <label>
          {t('optionsActivityName')}
          <input value={name} placeholder={t('optionsActivityNameHint')} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t('optionsActivityMinutes')}
          <input type="number" min={5} max={720} step={5} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
        </label>
        <button type="button" onClick={addActivity}>
          {t('optionsActivityAdd')}
        </button>
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
