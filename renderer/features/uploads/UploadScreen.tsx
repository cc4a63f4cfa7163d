// The upload screens' own styles load with them, after sign-in.
import './uploads.scss';
import { useSession } from '../../session/session-store.ts';
import { NoUploadAccess } from './upload/NoUploadAccess.tsx';
import { UploadForm } from './upload/UploadForm.tsx';

/**
 * "Upload a document" (#/upload, #/upload/{childId}). Only people whose access is 'read-upload'
 * see the form (001: an upload role and all 9 training modules); others are told why not.
 * Loaded on demand (see index.ts), so the app's first download does not carry it.
 */
export default function UploadScreen({ childId }: { childId: string | null }) {
  const staff = useSession((s) => s.staff);
  if (!staff) return null;
  if (staff.access.level !== 'read-upload') return <NoUploadAccess staff={staff} />;
  // Keyed by child: arriving from another child's record starts a fresh form for that child.
  return <UploadForm key={childId ?? ''} staff={staff} childId={childId} />;
}
