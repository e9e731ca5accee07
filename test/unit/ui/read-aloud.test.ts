import { describe, expect, it, vi } from 'vitest';
import { pickVoice, readAloud, stopReading } from '../../../src/ui/read-aloud';

const voice = (lang: string, localService = true, name = lang) => ({ lang, name, localService }) as SpeechSynthesisVoice;

describe('pickVoice', () => {
  it('takes only on-device voices, zh-CN first, then any Chinese one', () => {
    expect(pickVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN')], 'zh')!.lang).toBe('zh_CN');
    expect(pickVoice([voice('en-US'), voice('zh-HK')], 'zh')!.lang).toBe('zh-HK');
    expect(pickVoice([voice('zh-CN', false), voice('zh-TW')], 'zh')!.lang).toBe('zh-TW');
    expect(pickVoice([voice('zh-CN', false)], 'zh')).toBeUndefined();
    expect(pickVoice([voice('en-US')], 'zh')).toBeUndefined();
  });
});

/** A window with a speechSynthesis that plays until cancelled (the browser's own needs a voice installed). */
function fakeSpeechWindow(voices: SpeechSynthesisVoice[]) {
  let current: EventTarget | null = null;
  class Utterance extends EventTarget {
    lang = '';
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    constructor(readonly text: string) {
      super();
    }
  }
  const speech = Object.assign(new EventTarget(), {
    speaking: false,
    getVoices: () => voices,
    speak: vi.fn((u: EventTarget) => {
      current = u;
    }),
    cancel: vi.fn(() => {
      current?.dispatchEvent(new Event('error'));
      current = null;
    }),
  });
  return {
    view: { speechSynthesis: speech, SpeechSynthesisUtterance: Utterance } as unknown as Window,
    speech,
    finish: () => current?.dispatchEvent(new Event('end')),
  };
}

describe('readAloud', () => {
  it('says when it starts and when it ends, and stops on request', async () => {
    const { view, speech } = fakeSpeechWindow([voice('en-US'), voice('zh-CN')]);
    const events = { onStart: vi.fn(), onEnd: vi.fn() };
    expect(await readAloud(view, '你好', 'zh', true, events)).toBe('speaking');
    expect(events.onStart).toHaveBeenCalledTimes(1);
    const utterance = speech.speak.mock.calls[0]![0] as unknown as { voice: SpeechSynthesisVoice; rate: number };
    expect(utterance.voice.lang).toBe('zh-CN');
    expect(utterance.rate).toBeLessThan(1);
    expect(events.onEnd).not.toHaveBeenCalled();
    stopReading(view);
    expect(events.onEnd).toHaveBeenCalledTimes(1);
  });

  it('speaks nothing and says so when there is no Chinese on-device voice', async () => {
    const { view, speech } = fakeSpeechWindow([voice('en-US'), voice('zh-CN', false)]);
    const events = { onStart: vi.fn(), onEnd: vi.fn() };
    expect(await readAloud(view, '你好', 'zh', false, events)).toBe('no-voice');
    expect(speech.speak).not.toHaveBeenCalled();
    expect(events.onStart).not.toHaveBeenCalled();
  });
});
