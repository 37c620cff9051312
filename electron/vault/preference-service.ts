// A clinician's own preferences (the default summary style). They live in the clinician's notes
// store, so they are encrypted under the clinician's key like the draft; other roles keep none and
// read the defaults. Not audited, like the draft: they carry no patient data and grant nothing.
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/contract/preferences';
import { AppFailure } from '../base/app-failure';
import { canWriteNotes } from './access';
import type { VaultGate } from './gate';
import { readPreferences, writePreferences } from './preferences';

export class PreferenceService {
  constructor(private readonly g: VaultGate) {}

  async getPreferences(): Promise<Preferences> {
    const s = this.g.session();
    const store = s.notes;
    if (!canWriteNotes(s) || !store) return DEFAULT_PREFERENCES;
    return this.g.read(s, 'get-preferences', () => readPreferences(store, s.user.id));
  }

  async setPreferences(patch: Partial<Preferences>): Promise<Preferences> {
    const s = this.g.session();
    const store = s.notes;
    // An emergency session is read-only, preferences included.
    if (!canWriteNotes(s) || !store || s.breakGlass) throw new AppFailure('FORBIDDEN');
    return this.g.read(s, 'set-preferences', () =>
      store.transaction(async (tx) => {
        const next = { ...(await readPreferences(tx, s.user.id)), ...patch };
        await writePreferences(tx, s.user.id, next);
        return next;
      }),
    );
  }
}
