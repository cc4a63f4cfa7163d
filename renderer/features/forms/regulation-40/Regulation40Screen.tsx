import type { FormProps } from '../registry.ts';
import { Reg40Gate } from './Reg40Gate.tsx';
import { Regulation40Form } from './Regulation40Form.tsx';

/** #/forms/{childId}/regulation-40: a new Regulation 40 notification (registry.ts). */
export default function Regulation40Screen({ staff, child }: FormProps) {
  return (
    <Reg40Gate staff={staff} childId={child.id}>
      <Regulation40Form staff={staff} child={child} update={false} />
    </Reg40Gate>
  );
}
