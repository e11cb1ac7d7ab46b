// Mastering help: loudness measured (EBU R128), and a mix brought to a target loudness under a true-peak ceiling.
export { limit, type LimiterOptions } from './limiter.ts';
export { measureLoudness, type Loudness } from './loudness.ts';
export {
  LOUDNESS_TOLERANCE,
  master,
  MASTER_TARGETS,
  MasterError,
  MAX_GAIN_DB,
  type Mastered,
  type MasterTarget,
} from './master.ts';
