// The performer's camera: listing cameras, opening one, and saying plainly what went wrong.

export interface CameraChoice {
  deviceId: string;
  label: string;
}

/** The cameras this browser can see; labels appear once the page has been allowed a camera. */
export async function listCameras(): Promise<CameraChoice[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput')
    .map((device, i) => ({ deviceId: device.deviceId, label: device.label || `Camera ${i + 1}` }));
}

export class CameraError extends Error {}

/** What a failed getUserMedia means for a performer. */
export function describeCameraError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Camera access was refused. Allow the camera for this site in your browser, then try again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No camera was found. Plug one in, or pick another from the list.';
    case 'NotReadableError':
    case 'AbortError':
      return 'The camera is busy: another application may be using it.';
    default:
      return `The camera could not start${error instanceof Error && error.message ? `: ${error.message}` : '.'}`;
  }
}

/** Opens a camera at a size the landmarkers like (640x480 is plenty and keeps inference fast). */
export async function openCamera(deviceId?: string): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new CameraError('This browser cannot use a camera here (it needs a secure https:// address).');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: {
        ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
        width: { ideal: 640 },
        height: { ideal: 480 },
        frameRate: { ideal: 30 },
      },
    });
  } catch (error) {
    throw new CameraError(describeCameraError(error));
  }
}
