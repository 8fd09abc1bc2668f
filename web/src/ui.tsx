// A few accessible primitives: labelled fields with their errors, a modal dialog, alerts.
import { useEffect, useId, useRef, type ComponentProps, type ReactNode } from 'react';
import { ApiError } from './api';
import { useLocale } from './i18n';

interface FieldProps {
  label: string;
  hint?: string;
  errors?: string[];
}

function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

function FieldShell({ id, label, hint, errors, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {!!errors?.length && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, hint, errors, ...input }: FieldProps & ComponentProps<'input'>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <input id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...input} />
    </FieldShell>
  );
}

/** The code from the authenticator app (or a recovery code) that a step-up asks for. */
export function StepUpCodeField(props: Omit<FieldProps, 'label'> & ComponentProps<'input'>) {
  const { t } = useLocale();
  return <TextField label={t.code} inputMode="numeric" autoComplete="one-time-code" required {...props} />;
}

/** A step-up code refused, missing or malformed, said under its field in plain words; undefined for anything else. */
export function stepUpCodeErrors(problem: ApiError | null, message: string): string[] | undefined {
  return problem?.code === 'STEP_UP_INVALID' || problem?.code === 'STEP_UP_REQUIRED' || problem?.linesFor('totpCode').length
    ? [message]
    : undefined;
}

/** Recovery codes as they are shown, once. */
export function RecoveryCodeList({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="codes mono">
      {codes.map((code) => (
        <li key={code}>{code}</li>
      ))}
    </ul>
  );
}

export function TextArea({ label, hint, errors, ...input }: FieldProps & ComponentProps<'textarea'>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...input} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  options,
  ...select
}: FieldProps & ComponentProps<'select'> & { options: Array<[value: string, label: string]> }) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors}>
      <select id={id} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of checkboxes with a legend, for multi-valued facts. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  errors,
}: {
  legend: string;
  options: Array<[T, string]>;
  value: T[];
  onChange: (value: T[]) => void;
  errors?: string[];
}) {
  const id = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map(([option, text]) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(e) => onChange(e.target.checked ? [...value, option] : value.filter((v) => v !== option))}
          />
          {text}
        </label>
      ))}
      {!!errors?.length && (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

export function Checkbox({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  /** What checking it means, read out with it. */
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

/** An error from the API (or anything else) in words, announced to screen readers. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useLocale();
  if (!error) return null;
  const lines = error instanceof ApiError && error.lines.length ? error.lines : [error instanceof Error ? error.message : t.error];
  return (
    <div className="alert error" role="alert">
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useLocale();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (the focus stays
 * inside), Escape closes it, and focus returns to what opened it.
 */
export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      return () => opener?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="dialog">
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} id={id} className="card">
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A table that may scroll sideways on a narrow screen: focusable and named, so that a keyboard can scroll it
 * (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to be scrolled by keyboard
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
