// Opening a sound input for sending: constraints from the sound mode (the browser's voice processing on for
// speech, off for music, stereo for music), the inputs on offer, what to tell a person when it fails, and
// word when the device goes away mid-show.
import { SOUND_MODE_SETTINGS, type SoundMode } from '@prostudio/protocol';
import { inputFailure, type InputFailure } from './microphone-errors.ts';

export interface InputOptions {
  /** A device from listInputs(); the browser's default when absent. */
  deviceId?: string;
  mode: SoundMode;
  /** Called once if the input ends by itself (unplugged, taken away, permission revoked). */
  onEnded?: () => void;
}

export interface OpenedInput {
  stream: MediaStream;
  /** Stops the input (and the ended callback with it). */
  close(): void;
}

export type OpenResult = ({ ok: true } & OpenedInput) | ({ ok: false } & InputFailure);

/** The getUserMedia audio constraints for `mode`. */
export function inputConstraints(mode: SoundMode, deviceId?: string): MediaTrackConstraints {
  const { channels, processing } = SOUND_MODE_SETTINGS[mode];
  return {
    ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
    echoCancellation: processing,
    noiseSuppression: processing,
    autoGainControl: processing,
    channelCount: channels === 2 ? { ideal: 2 } : { ideal: 1 },
    sampleRate: { ideal: 48_000 },
  };
}

/** Asks for the input; never throws: a failure comes back with what to tell the person. */
export async function openInput(options: InputOptions): Promise<OpenResult> {
  let stream: MediaStream;
  try {
    if (!navigator.mediaDevices?.getUserMedia)
      throw new TypeError('this page cannot use a microphone (not https?)');
    stream = await navigator.mediaDevices.getUserMedia({
      audio: inputConstraints(options.mode, options.deviceId),
      video: false,
    });
  } catch (error) {
    return { ok: false, ...inputFailure(error) };
  }
  const track = stream.getAudioTracks()[0];
  let closed = false;
  const ended = (): void => {
    if (closed) return;
    closed = true;
    options.onEnded?.();
  };
  track?.addEventListener('ended', ended);
  return {
    ok: true,
    stream,
    close() {
      closed = true;
      track?.removeEventListener('ended', ended);
      for (const each of stream.getTracks()) each.stop();
    },
  };
}

/** The sound inputs on offer (labels are empty until the person has allowed a microphone once). */
export async function listInputs(): Promise<Array<{ id: string; label: string }>> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'audioinput')
    .map((device, index) => ({ id: device.deviceId, label: device.label || `Microphone ${index + 1}` }));
}

/** Calls `listener` when inputs come or go (a headset plugged in); returns an unsubscribe. */
export function onInputsChanged(listener: () => void): () => void {
  const devices = navigator.mediaDevices;
  if (!devices) return () => undefined;
  devices.addEventListener('devicechange', listener);
  return () => devices.removeEventListener('devicechange', listener);
}
