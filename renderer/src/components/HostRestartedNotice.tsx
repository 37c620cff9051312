interface Props {
  readonly reason: 'crashed' | 'timeout';
  readonly onDismiss: () => void;
}

/** Non-blocking: the model process was restarted; nothing the user typed is lost. */
export function HostRestartedNotice({ reason, onDismiss }: Props) {
  return (
    <div className="host-notice" role="status" data-testid="host-restarted-notice">
      <span>
        {reason === 'timeout' ? 'The model process stopped responding' : 'The model process stopped unexpectedly'} and has been
        restarted. Your note is still here.
      </span>
      <button type="button" className="small" onClick={onDismiss} data-testid="host-restarted-dismiss">
        Dismiss
      </button>
    </div>
  );
}
