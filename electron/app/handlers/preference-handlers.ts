// Contract methods for a user's own preferences; the vault service decides who keeps them.
import type { Handlers } from '../dispatch';
import type { VaultApi } from '../../vault/vault-api';
import type { preferenceMethods } from '../../../shared/contract/preferences';

export function preferenceHandlers(d: { readonly vault: VaultApi }): Pick<Handlers, keyof typeof preferenceMethods> {
  return {
    getPreferences: () => d.vault.getPreferences(),
    setPreferences: ({ defaultStyle }) => d.vault.setPreferences(defaultStyle === undefined ? {} : { defaultStyle }),
  };
}
