// "试听" on the welcome page: one sentence through the computer's own voice. Only on-device
// voices are used (localService), so no text leaves the computer; without a Chinese one the
// page says so. Returns the locale key of what to tell the reader.
export type VoiceResult = 'welcome_voicePlaying' | 'welcome_voiceNone';

export function tryVoice(view: Window, sample: string): VoiceResult {
  const synth = view.speechSynthesis;
  const Utterance = (view as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }).SpeechSynthesisUtterance;
  if (!synth || !Utterance) return 'welcome_voiceNone';
  const voice = synth.getVoices().find((v) => v.localService && /^zh/i.test(v.lang));
  if (!voice) return 'welcome_voiceNone';
  synth.cancel();
  const utterance = new Utterance(sample);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  synth.speak(utterance);
  return 'welcome_voicePlaying';
}
