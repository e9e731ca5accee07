// 朗读: the browser's own speech synthesis (nothing leaves the device), with a Chinese voice
// when the system has one.
import type { UiLang } from './ui-strings';

type Speech = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'speaking'>;

export function speechAvailable(view: Window | null): boolean {
  return !!view && 'speechSynthesis' in view && typeof (view as Window & { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance === 'function';
}

export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: UiLang): SpeechSynthesisVoice | undefined {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  if (lang === 'zh') return voices.find((v) => norm(v.lang) === 'zh-cn') ?? voices.find((v) => norm(v.lang).startsWith('zh'));
  return voices.find((v) => norm(v.lang).startsWith('en'));
}

/** Speak `text`, interrupting anything still being read. Returns false when speech is missing. */
export function readAloud(view: Window | null, text: string, lang: UiLang, slow: boolean): boolean {
  if (!view || !speechAvailable(view)) return false;
  const speech = view.speechSynthesis as Speech;
  speech.cancel();
  const utterance = new (view as Window & typeof globalThis).SpeechSynthesisUtterance(text);
  utterance.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
  const voice = pickVoice(speech.getVoices(), lang);
  if (voice) utterance.voice = voice;
  utterance.rate = slow ? 0.85 : 1;
  speech.speak(utterance);
  return true;
}

export function stopReading(view: Window | null): void {
  if (view && speechAvailable(view)) view.speechSynthesis.cancel();
}
