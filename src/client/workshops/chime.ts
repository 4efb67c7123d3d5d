/**
 * The end-of-stage chime of facilitator mode. Browsers let a page play sound only once the user
 * has acted, so switching sound on unlocks it; without audio the visual signal still shows.
 */
let audio: AudioContext | undefined;

export function unlockAudio(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {
    // No audio available: the visual signal still shows.
  }
}

/** A short two-tone chime. */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    const context = audio;
    [0, 0.35].forEach((offset, index) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = index === 0 ? 880 : 660;
      gain.gain.setValueAtTime(0.25, context.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + offset + 0.3);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(context.currentTime + offset);
      oscillator.stop(context.currentTime + offset + 0.3);
    });
  } catch {
    // No audio available: the visual signal still shows.
  }
}
