// The blind telepsychiatry and tele-behavioral-health wave (eval/telepsych-wave.ts, blind wave 86, measured at 0.926 before rules on the engine at d9575c5) held on seeds
// no rule was written against.
import { describeWaveWorld } from './wave-world-support';
import { scoreTelepsychWave, touchedTelepsychKeeps } from './eval/telepsych-wave';

describeWaveWorld({
  title: 'telepsychiatry and tele-behavioral-health records',
  floor: 0.89,
  score: scoreTelepsychWave,
  touched: touchedTelepsychKeeps,
  // Decided: a standing visit schedule's weekday is a date element, redacted as the other waves' schedules are.
  decided: ['every other Thursday'],
});
