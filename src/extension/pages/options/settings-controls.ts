// Profile, categories, text size and read-aloud: controls whose checked state follows the
// stored settings. They are not rebuilt on each render, so keyboard focus stays where it was;
// the category switches are built once, from the list the background sends (one per
// registered domain, and `common`).
import { ELDER_TEXT_SCALE } from '../../../settings/text-scale';
import type { Sensitivity } from '../../../core/shared/types';
import { asyncListener } from '../async-listener';
import type { OptionsState } from '../../protocol';
import { el } from '../../../ui/dom-build';
import { pageLang } from '../page-i18n';
import type { OptionsPage } from './options-page';

/** The category switches, in the registry's order: `<label class="choice"><input name=…>label</label>`. */
export function categoryBoxes(
  container: HTMLElement,
  categories: OptionsState['categories'],
  lang: 'zh' | 'en',
): HTMLInputElement[] {
  const boxes = categories.map(({ name }) => el(document, 'input', { attrs: { type: 'checkbox', name } }));
  container.replaceChildren(
    ...categories.map(({ label }, i) =>
      el(document, 'label', { className: 'choice' }, [boxes[i]!, el(document, 'span', { text: label[lang] })]),
    ),
  );
  return boxes;
}

export function setUpSettingsControls(page: OptionsPage): void {
  const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const container = document.getElementById('categories') as HTMLElement;
  const readAloud = document.getElementById('read-aloud') as HTMLInputElement;
  let boxes: HTMLInputElement[] = [];
  let built = '';

  page.onRender(({ settings, categories }) => {
    for (const r of radios('sensitivity')) r.checked = r.value === settings.sensitivity;
    for (const r of radios('textScale')) r.checked = Number(r.value) === settings.textScale;
    const names = categories.map((c) => c.name).join(',');
    if (names !== built) {
      boxes = categoryBoxes(container, categories, pageLang());
      built = names;
      for (const box of boxes) {
        box.addEventListener(
          'change',
          asyncListener(
            () => page.update({ categories: { ...page.state.settings.categories, [box.name]: box.checked } }),
            page.failed,
          ),
        );
      }
    }
    // A category the stored settings lack is on (settings-schema.ts).
    for (const box of boxes) box.checked = settings.categories[box.name] !== false;
    readAloud.checked = settings.readAloud;
  });

  for (const r of radios('sensitivity')) {
    r.addEventListener('change', () => {
      const sensitivity = r.value as Sensitivity;
      const { textScale } = page.state.settings;
      // The elder profile comes with larger text unless the family already chose larger.
      const patch =
        sensitivity === 'elder' && textScale < ELDER_TEXT_SCALE ? { sensitivity, textScale: ELDER_TEXT_SCALE } : { sensitivity };
      page.update(patch).catch(page.failed);
    });
  }
  for (const r of radios('textScale')) {
    r.addEventListener(
      'change',
      asyncListener(() => page.update({ textScale: Number(r.value) }), page.failed),
    );
  }
  readAloud.addEventListener(
    'change',
    asyncListener(() => page.update({ readAloud: readAloud.checked }), page.failed),
  );
}
