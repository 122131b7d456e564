/** A time zone as a person looks for it: by the city it is named for, and its region. */
export interface TimeZoneChoice {
  zone: string;
  city: string;
  region: string;
}

let choices: TimeZoneChoice[] | null = null;

/** Every place zone this Node knows (no Etc/ offsets), sorted by city. */
export function timeZoneChoices(): TimeZoneChoice[] {
  choices ??= Intl.supportedValuesOf("timeZone")
    .filter((zone) => zone.includes("/") && !zone.startsWith("Etc/"))
    .map((zone) => {
      const parts = zone.split("/");
      return {
        zone,
        city: parts[parts.length - 1]!.replace(/_/g, " "),
        region: parts.slice(0, -1).join(" / ").replace(/_/g, " "),
      };
    })
    .sort((a, b) => a.city.localeCompare(b.city));
  return choices;
}
