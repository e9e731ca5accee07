// What a form control shows as text: a prefilled text or number field's value ("借款金额
// [5000]"), and a select's chosen option only (not every option it could show: "3期 6期 12期").
// The snapshot reads these into the surrounding block, as a person reads the form.

/** Input types whose value is text a person reads on the page. */
const TEXT_TYPES = new Set(['text', 'number', 'search', 'tel', 'url', 'email', '']);
const MAX_VALUE = 80;

/** The text a control shows, or null when it shows none (an empty field, a password, a box). */
export function shownValue(el: Element, tag: string): string | null {
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    const text = option?.textContent?.trim();
    return text ? text.slice(0, MAX_VALUE) : null;
  }
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (!TEXT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase())) return null;
    const value = input.value.trim();
    return value ? value.slice(0, MAX_VALUE) : null;
  }
  return null;
}
