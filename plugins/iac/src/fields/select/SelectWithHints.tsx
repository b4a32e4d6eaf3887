import FormControl from '@material-ui/core/FormControl';
import FormHelperText from '@material-ui/core/FormHelperText';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';

export interface HintedOption {
  value: string;
  label: string;
  /** A second line under the option, e.g. its price. */
  hint?: string;
}

export interface SelectWithHintsProps {
  id: string;
  label: string;
  description?: string;
  value?: string;
  options: HintedOption[];
  onChange: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
}

/** A select whose options carry a hint line, shown in the list and under the chosen value. */
export const SelectWithHints = (props: SelectWithHintsProps) => {
  const { id, label, description, value, options, onChange } = props;
  const labelId = `${id}-label`;
  const chosen = options.find(option => option.value === value);
  return (
    <FormControl
      fullWidth
      margin="normal"
      required={props.required}
      disabled={props.disabled}
      error={props.error}
    >
      <InputLabel id={labelId}>{label}</InputLabel>
      <Select
        labelId={labelId}
        id={id}
        value={value ?? ''}
        onChange={event => onChange(event.target.value as string)}
        renderValue={() => chosen?.label ?? value}
      >
        {options.map(option => (
          <MenuItem key={option.value} value={option.value}>
            <ListItemText primary={option.label} secondary={option.hint} />
          </MenuItem>
        ))}
      </Select>
      <FormHelperText style={{ marginLeft: 0 }}>
        {[chosen?.hint, description].filter(Boolean).join(' · ')}
      </FormHelperText>
    </FormControl>
  );
};
