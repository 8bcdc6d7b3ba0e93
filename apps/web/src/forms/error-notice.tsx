/** A failure the user must read, announced at once (`role="alert"`); renders nothing when there is none. */
export function ErrorNotice({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  ) : null;
}

/**
 * The form-level part of a server refusal: its message, and the field errors that have no control on this form
 * (the others are shown next to their fields).
 */
export function FormErrorSummary({ errors }: { errors: { message: string | null; other: readonly string[] } }) {
  if (!errors.message) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{errors.message}</p>
      {errors.other.length ? (
        <ul>
          {errors.other.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
