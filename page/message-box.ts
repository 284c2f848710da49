/**
 * Decides whether a focused element is a message box Someday should help with.
 * Site adapters may name their boxes more precisely; this is the generic rule every box must pass.
 */

const TEXT_INPUT_TYPES = new Set(['text', '']);
const EXCLUDED_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

export type MessageBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

function isExcludedByRoleOrType(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role && EXCLUDED_ROLES.has(role)) return true;
  if (element instanceof HTMLInputElement) {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type)) return true; // password, search, email, number, ...
    if (element.getAttribute('list')) return true; // an input with suggestions is a picker, not a message
  }
  if (element.getAttribute('aria-autocomplete') === 'list') return true; // combobox-style search fields
  return false;
}

/** The message box that holds `target`, or null when `target` is not in one. */
export function findMessageBox(target: EventTarget | null): MessageBox | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    if (target.readOnly || target.disabled || isExcludedByRoleOrType(target)) return null;
    return target;
  }
  if (!(target instanceof HTMLElement) || !target.isContentEditable) return null;
  // The editing host is the outermost contenteditable element; editors nest editable spans inside it.
  let host: HTMLElement = target;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  if (isExcludedByRoleOrType(host)) return null;
  return host;
}

export function isTextControl(box: MessageBox): box is HTMLTextAreaElement | HTMLInputElement {
  return box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;
}
