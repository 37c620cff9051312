interface Props {
  readonly message: string | null;
  readonly testId: string;
  readonly id?: string;
}

/** An inline, announced error. Shows only the user-safe message from the contract. */
export function ErrorMessage({ message, testId, id }: Props) {
  if (!message) return null;
  return (
    <p className="error-text" role="alert" data-testid={testId} id={id}>
      {message}
    </p>
  );
}
