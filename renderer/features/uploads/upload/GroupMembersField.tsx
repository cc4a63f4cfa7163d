import './group-members.scss';
import { ErrorMessage } from '../../../ui/controls/field.tsx';
import type { ChildGroup } from './use-child-group.ts';

/**
 * Issue 8 (004 "The Group allows you to select which children the information should be recorded
 * on"): the child's siblings placed in this home, as GOV.UK checkboxes. Each one ticked gets the
 * same document on their own record, once; the title then names the group. None ticked: the
 * document is about this child alone (004: "If it is about one child only, you should record on
 * just the one child's record").
 */
export function GroupMembersField({
  id,
  childName,
  group,
  chosen,
  onChange,
  error,
}: {
  id: string;
  childName: string;
  group: ChildGroup;
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  error: string | undefined;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div
      className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}
      data-testid="group-members-field"
    >
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Is this document also for {childName}’s brothers or sisters?
        </legend>
        <div id={hintId} className="govuk-hint">
          {childName} is in the sibling group {group.name}. Tick each sibling the whole document is relevant
          to: it is filed once on each chosen child’s record and named after the group. Leave them unticked if
          it is about {childName} only.
        </div>
        <ErrorMessage id={errorId} text={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" id={id}>
          {group.members.map((member) => {
            const boxId = `${id}-${member.id}`;
            const ticked = chosen.includes(member.id);
            return (
              <div className="govuk-checkboxes__item" key={member.id}>
                <input
                  className="govuk-checkboxes__input"
                  id={boxId}
                  type="checkbox"
                  checked={ticked}
                  onChange={() =>
                    onChange(ticked ? chosen.filter((c) => c !== member.id) : [...chosen, member.id])
                  }
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                  {member.fullName}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
