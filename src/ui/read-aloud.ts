// 朗读: the browser's own speech synthesis with a voice that runs on this computer
// (`localService`), so the words never leave the device. A remote voice (Chrome's online
// voices) is never used: without an on-device voice for the language, nothing is spoken and
// the reader is told so.
import type { UiLang } from './ui-strings';

type Speech = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'speaking' | 'addEventListener' | 'removeEventListener'>;

export function speechAvailable(view: Window | null): boolean {
  return (
    !!view &&
    'speechSynthesis' in view &&
    typeof (view as Window & { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance === 'function'
  );
}

/** An on-device voice for `lang`: zh-CN first, then any Chinese voice; for English any en-*. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: UiLang): SpeechSynthesisVoice | undefined {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const local = voices.filter((v) => v.localService === true);
  if (lang === 'zh') return local.find((v) => norm(v.lang) === 'zh-cn') ?? local.find((v) => norm(v.lang).startsWith('zh'));
  return local.find((v) => norm(v.lang).startsWith('en'));
}

export interface ReadingEvents {
  onStart(): void;
  onEnd(): void;
}

export type ReadingResult = 'speaking' | 'no-voice' | 'unavailable';

/** How long to wait for the voice list, which browsers fill in after the first ask. */
const VOICES_WAIT_MS = 1_500;

function voicesOf(speech: Speech): Promise<SpeechSynthesisVoice[]> {
  const now = speech.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      speech.removeEventListener('voiceschanged', done);
      resolve(speech.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    speech.addEventListener('voiceschanged', done);
  });
}

/** Speak `text` with an on-device voice, interrupting anything still being read. */
export async function readAloud(
  view: Window | null,
  text: string,
  lang: UiLang,
  slow: boolean,
  events: ReadingEvents,
): Promise<ReadingResult> {
  if (!view || !speechAvailable(view)) return 'unavailable';
  const speech = view.speechSynthesis as Speech;
  speech.cancel();
  const voice = pickVoice(await voicesOf(speech), lang);
  if (!voice) return 'no-voice';
  const utterance = new (view as Window & typeof globalThis).SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang || (lang === 'zh' ? 'zh-CN' : 'en-US');
  utterance.voice = voice;
  utterance.rate = slow ? 0.85 : 1;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    events.onEnd();
  };
  utterance.addEventListener('end', end);
  utterance.addEventListener('error', end);
  events.onStart();
  speech.speak(utterance);
  return 'speaking';
}

export function stopReading(view: Window | null): void {
  if (view && speechAvailable(view)) view.speechSynthesis.cancel();
}
