// The blind occupational health, workers' compensation, disability and military wave (eval/occupational-wave.ts, blind wave 32, measured at 0.853 before rules on the engine at 2e5a850) held on seeds
// no rule was written against. Decided: an employer after a verb of working is redacted,
// national or not (as the history wave planted it).
import { describeWaveWorld } from './wave-world-support';
import { scoreOccupationalWave, touchedOccupationalKeeps } from './eval/occupational-wave';

describeWaveWorld({
  title: "occupational health, workers' compensation, disability and military records",
  floor: 0.82,
  score: scoreOccupationalWave,
  touched: touchedOccupationalKeeps,
  decided: ['UPS'],
});
