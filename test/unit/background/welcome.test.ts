// @vitest-environment node
// The welcome page's one question, and its voice test that never uses a network voice.
import { describe, expect, it } from 'vitest';
import { choiceFor } from '../../../src/extension/pages/welcome/welcome-choice';
import { tryVoice } from '../../../src/extension/pages/welcome/try-voice';

class FakeUtterance {
  voice: unknown = null;
  lang = '';
  constructor(readonly text: string) {}
}

function fakeWindow(voices: Array<{ lang: string; localService: boolean }>) {
  const spoken: FakeUtterance[] = [];
  const view = {
    speechSynthesis: { getVoices: () => voices, cancel: () => undefined, speak: (u: FakeUtterance) => spoken.push(u) },
    SpeechSynthesisUtterance: FakeUtterance,
  } as unknown as Window;
  return { view, spoken };
}

describe('welcome page', () => {
  it('家里的长辈 → elder profile, larger text, read-aloud; 自己 → standard', () => {
    expect(choiceFor('elder')).toEqual({ sensitivity: 'elder', textScale: 1.25, readAloud: true });
    expect(choiceFor('self')).toEqual({ sensitivity: 'standard', textScale: 1, readAloud: false });
  });

  it('试听 speaks with an on-device Chinese voice only, and says when there is none', () => {
    const remoteOnly = fakeWindow([
      { lang: 'zh-CN', localService: false },
      { lang: 'en-US', localService: true },
    ]);
    expect(tryVoice(remoteOnly.view, '您好')).toBe('welcome_voiceNone');
    expect(remoteOnly.spoken).toEqual([]);
    const local = fakeWindow([
      { lang: 'zh-CN', localService: false },
      { lang: 'zh-CN', localService: true },
    ]);
    expect(tryVoice(local.view, '您好')).toBe('welcome_voicePlaying');
    expect(local.spoken).toHaveLength(1);
    expect((local.spoken[0]!.voice as { localService: boolean }).localService).toBe(true);
    expect(tryVoice({} as Window, '您好')).toBe('welcome_voiceNone');
  });
});
