import { useXRControllerButtonEvent, useXRInputSourceState } from '@react-three/xr';
import { stepTour } from '../app/tour.ts';

/**
 * The guided tour in VR, where the page's tour bar cannot be seen: the right controller's A button takes
 * the visitor to the next work (starting the tour), B back to the one before.
 */
export function XRTourButtons() {
  const right = useXRInputSourceState('controller', 'right');
  useXRControllerButtonEvent(right, 'a-button', (state) => state === 'pressed' && stepTour(1));
  useXRControllerButtonEvent(right, 'b-button', (state) => state === 'pressed' && stepTour(-1));
  return null;
}
