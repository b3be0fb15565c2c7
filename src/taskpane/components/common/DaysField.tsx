import { Field, Input } from '@fluentui/react-components';

export interface DaysFieldProps {
  label: string;
  value: number;
  onChange: (days: number) => void;
  className?: string;
}

/** A whole number of days, 0–365 ("Sắp đến hạn trong … ngày"). */
export function DaysField({ label, value, onChange, className }: DaysFieldProps) {
  return (
    <Field label={label} className={className}>
      <Input type="number" min={0} max={365} value={String(value)} onChange={(_, d) => onChange(Number.parseInt(d.value, 10) || 0)} />
    </Field>
  );
}
