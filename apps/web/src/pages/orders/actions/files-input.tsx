import { FileUpload, type AttachedFile } from '../../../forms/file-upload';

interface FilesInputProps {
  id?: string;
  value?: AttachedFile[];
  onChange?: (files: AttachedFile[]) => void;
  onBusyChange?: (busy: boolean) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

/** `FileUpload` as a `Form.Item` control: the item gives id, label, hint and error; the value is the uploaded files. */
export function FilesInput({ id = 'files', value = [], onChange, onBusyChange, ...aria }: FilesInputProps) {
  return <FileUpload id={id} files={value} onChange={(files) => onChange?.(files)} onBusyChange={onBusyChange} {...aria} />;
}
