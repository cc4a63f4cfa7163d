import { useEffect, useState, type FormEvent } from 'react';
import type { StaffProfile } from '../../../../shared/api/session.ts';
import { englandDate } from '../../../../shared/domain/access.ts';
import { DocumentTypeId, uploadTypesFor } from '../../../../shared/domain/catalogue.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary.tsx';
import { LoadProblem } from '../../records/LoadState.tsx';
import { PageHeading } from '../../records/PageHeading.tsx';
import { checkFile } from '../file-check.ts';
import { queueHref } from '../routes.ts';
import {
  checkUploadForm,
  descriptionOf,
  emptyForm,
  FIELD,
  titleOf,
  type UploadFormState,
} from '../upload-form.ts';
import { useOnline } from '../use-online.ts';
import { prepareToQueue } from '../../../outbox/outbox.ts';
import { withImagesCombined, withImagesInOrder } from '../image-order.ts';
import { CombineImages } from './CombineImages.tsx';
import { DateCompleted } from './DateCompleted.tsx';
import { Select, TextInput } from '../../../ui/controls/text-inputs.tsx';
import { FilePicker } from './FilePicker.tsx';
import { GroupMembersField } from './GroupMembersField.tsx';
import { OnBehalfOf } from './OnBehalfOf.tsx';
import { queueDocuments } from './queue-documents.ts';
import { SavedBanner } from './SavedBanner.tsx';
import { TitleFields } from './TitleFields.tsx';
import { useChildGroup } from './use-child-group.ts';
import { useHomeChildren } from './use-home-children.ts';

/** The catalogue's types this person's role may upload (001), the list the gateway checks against. */
const typeOptions = (staff: StaffProfile) =>
  uploadTypesFor(staff.role).map((t) => ({ value: t.id, text: t.label }));

interface Problems {
  summary: ErrorSummaryItem[];
  fields: Record<string, string>;
  dateFields: ('day' | 'month' | 'year')[];
}
const NO_PROBLEMS: Problems = { summary: [], fields: {}, dateFields: [] };

/**
 * The upload form (issue 4 "The app"; DOMAIN.md "Uploads"). Every check runs on "Add to upload
 * queue" and a failed one changes nothing the person entered; the error summary takes focus. The
 * success banner appears only once `enqueue` says the outbox transaction committed.
 */
export function UploadForm({ staff, childId }: { staff: StaffProfile; childId: string | null }) {
  const children = useHomeChildren();
  const online = useOnline();
  const [form, setForm] = useState<UploadFormState>(() => emptyForm(childId ?? ''));
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ titles: string[]; at: number } | null>(null);
  const [combineNews, setCombineNews] = useState('');

  const options = children.state === 'shown' ? children.value : [];
  // Only a child offered here (placed in this home) is looked up: never an id from the address.
  const group = useChildGroup(options.some((c) => c.id === form.childId) ? form.childId : '');
  const context = {
    children: options,
    today: englandDate(new Date()),
    group: group ? { name: group.name, memberIds: group.members.map((m) => m.id) } : null,
  };
  const chosenChildName = options.find((c) => c.id === form.childId)?.fullName ?? null;
  const unknownChild =
    children.state === 'shown' && form.childId !== '' && !options.some((c) => c.id === form.childId);
  const [strayChild, setStrayChild] = useState(false);
  useEffect(() => {
    // A child who is not (or no longer) placed here is not offered: the person chooses again.
    if (!unknownChild) return;
    setForm((f) => ({ ...f, childId: '' }));
    setStrayChild(true);
  }, [unknownChild]);

  // The encryption worker starts while the connection is there (outbox.ts prepareToQueue).
  useEffect(prepareToQueue, []);

  const hasProblems = problems.summary.length > 0;
  useEffect(() => {
    // GOV.UK: "Error: " before the window title, so the change is heard. Runs after the heading's own.
    document.title = `${hasProblems ? 'Error: ' : ''}Upload a document – Hearth`;
  }, [hasProblems]);

  const update = (changes: Partial<UploadFormState>) => setForm((f) => ({ ...f, ...changes }));
  const titles = form.files.map((_, index) => titleOf(form, index, context));
  const error = (id: string) => problems.fields[id];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setSaved(null);
    const checks = await Promise.all(form.files.map((f) => checkFile(f.file)));
    const checked = checkUploadForm(form, checks, context, staff.id);
    if (!checked.ok) {
      setProblems(checked);
      setAttempt((n) => n + 1);
      setBusy(false);
      return;
    }
    const outcome = await queueDocuments(checked.requests);
    setBusy(false);
    if (outcome.saved.length > 0) setSaved({ titles: outcome.saved, at: Date.now() });
    if (!outcome.failure) {
      setProblems(NO_PROBLEMS);
      setForm(emptyForm(form.childId));
      return;
    }
    // What was saved leaves the form; what was not stays, exactly as entered.
    setForm((f) => ({ ...f, files: f.files.slice(outcome.saved.length) }));
    setProblems({ ...NO_PROBLEMS, summary: [{ text: outcome.failure.message }] });
    setAttempt((n) => n + 1);
  }

  const onBehalfName = form.onBehalf === 'yes' && form.authorName.trim() && form.authorRole.trim();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problems.summary.length > 0 && <ErrorSummary items={problems.summary} attempt={attempt} />}
        {saved && (
          <SavedBanner titles={saved.titles} shownAt={saved.at} takeFocus={problems.summary.length === 0} />
        )}
        <PageHeading title="Upload a document" />
        <p className="govuk-body">
          Add the most up-to-date version of a child’s report, plan or incident form (guidance 001). Hearth
          keeps it safely on this computer until it is sent to the council, and the child’s social worker is
          told by email.
        </p>
        {online === 'offline' && (
          <div className="govuk-inset-text" data-testid="upload-offline">
            You are offline. You can still add documents: they wait on this computer and are sent when Hearth
            is next online and you are signed in.
          </div>
        )}
        {children.state === 'failed' && <LoadProblem error={children.error} message={children.message} />}
        {strayChild && (
          <div className="govuk-inset-text">
            That child is not placed in your home. Choose the child below.
          </div>
        )}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <Select
            id={FIELD.child}
            label="Child"
            hint="Only children placed in your home are listed."
            placeholder={children.state === 'loading' ? 'Loading the children…' : 'Choose a child'}
            value={form.childId}
            onChange={(value) => update({ childId: value, alsoFor: [] })}
            options={options.map((c) => ({ value: c.id, text: c.fullName }))}
            error={error(FIELD.child)}
          />
          {group && chosenChildName && (
            <GroupMembersField
              id={FIELD.alsoFor}
              childName={chosenChildName}
              group={group}
              chosen={form.alsoFor}
              onChange={(alsoFor) => update({ alsoFor })}
              error={error(FIELD.alsoFor)}
            />
          )}
          <FilePicker
            id={FIELD.files}
            removeId={FIELD.removeFile}
            files={form.files}
            onAdd={(added) => setForm((f) => ({ ...f, files: [...f.files, ...added] }))}
            onRemove={(key) => setForm((f) => ({ ...f, files: f.files.filter((file) => file.key !== key) }))}
            error={error(FIELD.files)}
          />
          <CombineImages
            id="upload-combine"
            files={form.files}
            onReorder={(order) => setForm((f) => ({ ...f, files: withImagesInOrder(f.files, order) }))}
            onCombined={({ combined, pdf }) => {
              setForm((f) => ({
                ...f,
                files: withImagesCombined(f.files, combined, {
                  key: `combined-${combined.join('-')}`,
                  file: pdf,
                  titleOverride: null,
                }),
              }));
              // The images' buttons are gone: focus returns to the drop zone, as after "Remove".
              document.getElementById(FIELD.files)?.focus();
            }}
            announce={setCombineNews}
          />
          <p className="govuk-visually-hidden" role="status" data-testid="combine-news">
            {combineNews}
          </p>
          <Select
            id={FIELD.type}
            label="Type of document"
            placeholder="Choose the type"
            value={form.documentType}
            onChange={(value) => {
              const type = DocumentTypeId.safeParse(value);
              update({ documentType: type.success ? type.data : '' });
            }}
            options={typeOptions(staff)}
            error={error(FIELD.type)}
          />
          <DateCompleted
            id={FIELD.date}
            value={form.date}
            onChange={(date) => update({ date })}
            error={error(`${FIELD.date}-${problems.dateFields[0] ?? 'day'}`)}
            wrong={problems.dateFields}
          />
          <TextInput
            id={FIELD.description}
            label="Brief description"
            labelClass="govuk-label--m"
            hint="Filled in from the type. Add what tells this document apart, for example the month: Keyworker monthly report October."
            value={descriptionOf(form)}
            onChange={(description) => update({ description })}
            error={error(FIELD.description)}
            spellCheck
            maxLength={150}
          />
          <OnBehalfOf
            ids={{ choice: FIELD.onBehalf, name: FIELD.authorName, role: FIELD.authorRole }}
            value={form}
            onChange={(value) => update(value)}
            errors={{
              choice: error(FIELD.onBehalf),
              name: error(FIELD.authorName),
              role: error(FIELD.authorRole),
            }}
          />
          {form.files.length > 0 && (
            <TitleFields
              files={form.files.map((f) => ({ key: f.key, name: f.file.name }))}
              titleId={FIELD.title}
              titles={titles}
              errors={problems.fields}
              onChange={(index, title) =>
                setForm((f) => ({
                  ...f,
                  files: f.files.map((file, i) => (i === index ? { ...file, titleOverride: title } : file)),
                }))
              }
            />
          )}
          <div className="govuk-inset-text" data-testid="attribution">
            The child’s record will say: Uploaded by {staff.name}, {staff.roleLabel}
            {onBehalfName ? `, on behalf of ${form.authorName.trim()}, ${form.authorRole.trim()}` : ''}.
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" aria-disabled={busy || undefined}>
              {busy ? 'Saving on this computer…' : 'Add to upload queue'}
            </button>
            <a className="govuk-link" href={queueHref()}>
              See the upload queue
            </a>
          </div>
        </form>
      </div>
    </div>
  );
}
