/**
 * The words of the email that tells the child's allocated social worker (or, with none, their
 * team's duty inbox) that home staff asked to see a restricted record (002 §6.2): who asked, from
 * which home, for which child (name and Mosaic number), when, and the reason they gave. It carries
 * NOTHING from the record itself, so a notice in the wrong inbox discloses as little as possible.
 */
import { mosaicLabel } from '../../shared/domain/mosaic.ts';
import { englandDateTime, type Notice } from '../notify/message.ts';

export interface AccessNoticeFacts {
  recipient: { kind: 'social-worker'; name: string } | { kind: 'duty-inbox'; teamName: string };
  child: { firstName: string; lastName: string; mosaicId: string };
  requester: { name: string; role: string; homeName: string };
  reason: string;
  requestedAt: Date;
}

export function composeAccessNotice(facts: AccessNoticeFacts): Notice {
  const { child, requester, recipient } = facts;
  const name = `${child.firstName} ${child.lastName}`;
  const greeting =
    recipient.kind === 'social-worker'
      ? `Dear ${recipient.name},`
      : `Dear ${recipient.teamName} duty team,\n\n` +
        `${name} has no allocated social worker, so this request comes to your team's duty inbox.`;
  const lines = [
    greeting,
    '',
    `${requester.name}, ${requester.role} at ${requester.homeName}, has asked for access to ${name}'s restricted record.`,
    '',
    `Child: ${name} (${mosaicLabel(child.mosaicId)})`,
    `Asked by: ${requester.name}, ${requester.role}, ${requester.homeName}`,
    `Asked on: ${englandDateTime(facts.requestedAt)}`,
    'Reason given:',
    facts.reason,
    '',
    'Until the council decides, they see only the basic details. The council grants or refuses the ' +
      'request through Hearth’s council service; a grant lasts 30 days.',
    '',
    `Sent by Hearth for ${requester.homeName}. Replies to this address are not read: contact the home directly.`,
  ];
  return { subject: `Access request for ${name} (${mosaicLabel(child.mosaicId)})`, body: lines.join('\n') };
}
