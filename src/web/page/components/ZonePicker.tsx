import { useEffect, useId, useState } from "react";
import { api } from "../api.js";

interface Zone {
  zone: string;
  city: string;
  region: string;
}

let zones: Promise<Zone[]> | null = null;

/** A time zone chosen by typing a city: the list offers every zone whose city or region matches. */
export function ZonePicker({
  label,
  value,
  onChange,
  invalid,
  name,
}: {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  invalid?: boolean;
  name?: string;
}) {
  const id = useId();
  const [choices, setChoices] = useState<Zone[]>([]);
  useEffect(() => {
    zones ??= api<Zone[]>("GET", "/api/time-zones");
    void zones.then(setChoices, () => setChoices([]));
  }, []);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        list={`${id}-zones`}
        value={value}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => {
          // "chicago", typed and not picked from the list, is the city's zone.
          const zone = zoneOfCity(choices, event.target.value);
          if (zone && zone !== value) onChange(zone);
        }}
      />
      <span className="hint" id={`${id}-hint`}>
        Type your city, e.g. Chicago or Berlin, and pick it from the list.
      </span>
      <datalist id={`${id}-zones`}>
        {choices.map((zone) => (
          <option key={zone.zone} value={zone.zone}>
            {`${zone.city} (${zone.region})`}
          </option>
        ))}
      </datalist>
    </div>
  );
}

/** The one zone named by a city typed in full, in any case; null when none or several are. */
function zoneOfCity(choices: readonly Zone[], typed: string): string | null {
  const city = typed.trim().toLowerCase().replace(/_/g, " ");
  const found = choices.filter((zone) => zone.city.toLowerCase() === city);
  return found.length === 1 ? found[0]!.zone : null;
}
