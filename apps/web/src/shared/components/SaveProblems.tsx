import { ConflictAlert } from './ConflictAlert';
import { FormAlert } from './FormAlert';

interface SaveProblemsProps {
  /** The last save was refused because someone else saved first. */
  conflict: boolean;
  formError: string | null;
  /** What is being saved, as the titles name it: "project", "need", "time off". */
  subject: string;
  /** How the conflict message starts: "The project". */
  label: string;
  onReload: () => Promise<unknown>;
}

/** A form's answer to a failed save: someone else changed the record first, or what went wrong. */
export function SaveProblems({ conflict, formError, subject, label, onReload }: SaveProblemsProps) {
  return (
    <>
      {conflict ? (
        <ConflictAlert title={`Someone else changed this ${subject}`} onReload={onReload}>
          {`${label} was changed by someone else while you were editing. Reload to see the latest version, then make your changes again.`}
        </ConflictAlert>
      ) : null}
      {formError ? (
        <FormAlert tone="error" title={`Could not save the ${subject}`}>
          {formError}
        </FormAlert>
      ) : null}
    </>
  );
}
