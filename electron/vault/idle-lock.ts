// The idle timer. Activity only moves a timestamp; one timer is kept and, when it fires early
// because of later activity, re-armed for the remainder, so frequent activity reports stay cheap.
import type { Clock, TimerHandle } from '../base/clock';

export class IdleLock {
  private lastActivity: number;
  private timer: TimerHandle | null = null;
  private stopped = false;

  constructor(
    private readonly clock: Clock,
    private minutes: number,
    private readonly onIdle: () => void,
  ) {
    this.lastActivity = clock.now().getTime();
    this.arm();
  }

  /** When the vault will lock if nothing else happens. */
  get lockAt(): Date {
    return new Date(this.lastActivity + this.minutes * 60_000);
  }

  touch(): void {
    this.lastActivity = this.clock.now().getTime();
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
    this.timer?.cancel();
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = null;
  }

  private arm(): void {
    if (this.stopped) return;
    const remaining = Math.max(0, this.lockAt.getTime() - this.clock.now().getTime());
    this.timer = this.clock.setTimer(remaining, () => {
      this.timer = null;
      if (this.stopped) return;
      if (this.clock.now().getTime() >= this.lockAt.getTime()) {
        this.stopped = true;
        this.onIdle();
      } else this.arm();
    });
  }
}
