interface Props {
  readonly onChoose: () => void;
}

/** Shown while the signed-in user's passphrase is the one an administrator chose for them. */
export function OwnPassphraseNotice({ onChoose }: Props) {
  return (
    <div className="host-notice" role="status" data-testid="own-passphrase-notice">
      <span>
        An administrator chose your passphrase, so they could sign in as you. Choose your own: your account then gets new keys,
        and what you write afterwards opens with yours alone.
      </span>
      <button type="button" className="small" onClick={onChoose} data-testid="own-passphrase-choose">
        Choose my passphrase
      </button>
    </div>
  );
}
