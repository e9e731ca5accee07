// Profile, categories, text size and read-aloud: fixed controls whose checked state follows
// the stored settings (they are not rebuilt, so keyboard focus stays where it was).
import { ELDER_TEXT_SCALE, type CategoryName } from '../../../settings/settings-schema';
import type { Sensitivity } from '../../../core/shared/types';
import { asyncListener } from '../async-listener';
import type { OptionsPage } from './options-page';

export function setUpSettingsControls(page: OptionsPage): void {
  const radios = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const categoryBoxes = [...document.querySelectorAll<HTMLInputElement>('#categories input[type="checkbox"]')];
  const readAloud = document.getElementById('read-aloud') as HTMLInputElement;

  page.onRender(({ settings }) => {
    for (const r of radios('sensitivity')) r.checked = r.value === settings.sensitivity;
    for (const r of radios('textScale')) r.checked = Number(r.value) === settings.textScale;
    for (const box of categoryBoxes) box.checked = settings.categories[box.name as CategoryName];
    readAloud.checked = settings.readAloud;
  });

  for (const r of radios('sensitivity')) {
    r.addEventListener('change', () => {
      const sensitivity = r.value as Sensitivity;
      const { textScale } = page.state.settings;
      // The elder profile comes with larger text unless the family already chose larger.
      const patch = sensitivity === 'elder' && textScale < ELDER_TEXT_SCALE ? { sensitivity, textScale: ELDER_TEXT_SCALE } : { sensitivity };
      page.update(patch).catch(page.failed);
    });
  }
  for (const r of radios('textScale')) {
    r.addEventListener('change', asyncListener(() => page.update({ textScale: Number(r.value) }), page.failed));
  }
  for (const box of categoryBoxes) {
    box.addEventListener('change', asyncListener(() => page.update({ categories: { ...page.state.settings.categories, [box.name]: box.checked } }), page.failed));
  }
  readAloud.addEventListener('change', asyncListener(() => page.update({ readAloud: readAloud.checked }), page.failed));
}
