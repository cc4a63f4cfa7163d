import type { FormProps } from '../registry.ts';
import { Reg40Gate } from './Reg40Gate.tsx';
import { Regulation40Form } from './Regulation40Form.tsx';

/** #/forms/{childId}/regulation-40-update: a child protection enquiry concluded (40(4)(d); registry.ts). */
export default function Regulation40UpdateScreen({ staff, child }: FormProps) {
  return (
    <Reg40Gate staff={staff} childId={child.id}>
      <Regulation40Form staff={staff} child={child} update />
    </Reg40Gate>
  );
}
