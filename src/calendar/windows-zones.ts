import { isKnownZone } from "../core/time/zone.js";
import { findIana, WINDOWS_TO_IANA_MAP } from "windows-iana";

/**
 * Windows zone names as Outlook and Exchange write them in TZID: the zone ID ("W. Europe
 * Standard Time") or the display name ("(UTC-05:00) Eastern Time (US & Canada)"). Display names
 * are keyed by their place names, without the offset prefix, since Windows has changed
 * "(GMT…)" to "(UTC…)" and offsets move with the zone's rules.
 */
const DISPLAY_NAMES: Record<string, string[]> = {
  "Dateline Standard Time": ["International Date Line West"],
  "UTC-11": ["Coordinated Universal Time-11"],
  "Aleutian Standard Time": ["Aleutian Islands"],
  "Hawaiian Standard Time": ["Hawaii"],
  "Marquesas Standard Time": ["Marquesas Islands"],
  "Alaskan Standard Time": ["Alaska"],
  "UTC-09": ["Coordinated Universal Time-09"],
  "Pacific Standard Time (Mexico)": ["Baja California"],
  "UTC-08": ["Coordinated Universal Time-08"],
  "Pacific Standard Time": ["Pacific Time (US & Canada)"],
  "US Mountain Standard Time": ["Arizona"],
  "Mountain Standard Time (Mexico)": ["Chihuahua, La Paz, Mazatlan", "La Paz, Mazatlan"],
  "Mountain Standard Time": ["Mountain Time (US & Canada)"],
  "Yukon Standard Time": ["Yukon"],
  "Central America Standard Time": ["Central America"],
  "Central Standard Time": ["Central Time (US & Canada)"],
  "Easter Island Standard Time": ["Easter Island"],
  "Central Standard Time (Mexico)": ["Guadalajara, Mexico City, Monterrey"],
  "Canada Central Standard Time": ["Saskatchewan"],
  "SA Pacific Standard Time": ["Bogota, Lima, Quito, Rio Branco", "Bogota, Lima, Quito"],
  "Eastern Standard Time (Mexico)": ["Chetumal"],
  "Eastern Standard Time": ["Eastern Time (US & Canada)"],
  "Haiti Standard Time": ["Haiti"],
  "Cuba Standard Time": ["Havana"],
  "US Eastern Standard Time": ["Indiana (East)"],
  "Turks And Caicos Standard Time": ["Turks and Caicos"],
  "Paraguay Standard Time": ["Asuncion"],
  "Atlantic Standard Time": ["Atlantic Time (Canada)"],
  "Venezuela Standard Time": ["Caracas"],
  "Central Brazilian Standard Time": ["Cuiaba"],
  "SA Western Standard Time": ["Georgetown, La Paz, Manaus, San Juan"],
  "Pacific SA Standard Time": ["Santiago"],
  "Newfoundland Standard Time": ["Newfoundland"],
  "Tocantins Standard Time": ["Araguaina"],
  "E. South America Standard Time": ["Brasilia"],
  "SA Eastern Standard Time": ["Cayenne, Fortaleza"],
  "Argentina Standard Time": ["City of Buenos Aires", "Buenos Aires"],
  "Greenland Standard Time": ["Greenland"],
  "Montevideo Standard Time": ["Montevideo"],
  "Magallanes Standard Time": ["Punta Arenas"],
  "Saint Pierre Standard Time": ["Saint Pierre and Miquelon"],
  "Bahia Standard Time": ["Salvador"],
  "UTC-02": ["Coordinated Universal Time-02"],
  "Azores Standard Time": ["Azores"],
  "Cape Verde Standard Time": ["Cabo Verde Is.", "Cape Verde Is."],
  UTC: ["Coordinated Universal Time"],
  "GMT Standard Time": [
    "Dublin, Edinburgh, Lisbon, London",
    "Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London",
  ],
  "Greenwich Standard Time": ["Monrovia, Reykjavik"],
  "Sao Tome Standard Time": ["Sao Tome"],
  "Morocco Standard Time": ["Casablanca"],
  "W. Europe Standard Time": ["Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"],
  "Central Europe Standard Time": ["Belgrade, Bratislava, Budapest, Ljubljana, Prague"],
  "Romance Standard Time": ["Brussels, Copenhagen, Madrid, Paris"],
  "Central European Standard Time": ["Sarajevo, Skopje, Warsaw, Zagreb"],
  "W. Central Africa Standard Time": ["West Central Africa"],
  "Jordan Standard Time": ["Amman"],
  "GTB Standard Time": ["Athens, Bucharest", "Athens, Bucharest, Istanbul"],
  "Middle East Standard Time": ["Beirut"],
  "Egypt Standard Time": ["Cairo"],
  "E. Europe Standard Time": ["Chisinau"],
  "Syria Standard Time": ["Damascus"],
  "West Bank Standard Time": ["Gaza, Hebron"],
  "South Africa Standard Time": ["Harare, Pretoria"],
  "FLE Standard Time": [
    "Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
    "Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius",
  ],
  "Israel Standard Time": ["Jerusalem"],
  "South Sudan Standard Time": ["Juba"],
  "Kaliningrad Standard Time": ["Kaliningrad"],
  "Sudan Standard Time": ["Khartoum"],
  "Libya Standard Time": ["Tripoli"],
  "Namibia Standard Time": ["Windhoek"],
  "Arabic Standard Time": ["Baghdad"],
  "Turkey Standard Time": ["Istanbul"],
  "Arab Standard Time": ["Kuwait, Riyadh"],
  "Belarus Standard Time": ["Minsk"],
  "Russian Standard Time": ["Moscow, St. Petersburg", "Moscow, St. Petersburg, Volgograd"],
  "E. Africa Standard Time": ["Nairobi"],
  "Iran Standard Time": ["Tehran"],
  "Arabian Standard Time": ["Abu Dhabi, Muscat"],
  "Astrakhan Standard Time": ["Astrakhan, Ulyanovsk"],
  "Azerbaijan Standard Time": ["Baku"],
  "Russia Time Zone 3": ["Izhevsk, Samara"],
  "Mauritius Standard Time": ["Port Louis"],
  "Saratov Standard Time": ["Saratov"],
  "Georgian Standard Time": ["Tbilisi"],
  "Volgograd Standard Time": ["Volgograd"],
  "Caucasus Standard Time": ["Yerevan"],
  "Afghanistan Standard Time": ["Kabul"],
  "West Asia Standard Time": ["Ashgabat, Tashkent"],
  "Ekaterinburg Standard Time": ["Ekaterinburg"],
  "Pakistan Standard Time": ["Islamabad, Karachi"],
  "Qyzylorda Standard Time": ["Qyzylorda"],
  "India Standard Time": ["Chennai, Kolkata, Mumbai, New Delhi"],
  "Sri Lanka Standard Time": ["Sri Jayawardenepura"],
  "Nepal Standard Time": ["Kathmandu"],
  "Central Asia Standard Time": ["Astana"],
  "Bangladesh Standard Time": ["Dhaka"],
  "Omsk Standard Time": ["Omsk"],
  "Myanmar Standard Time": ["Yangon (Rangoon)"],
  "SE Asia Standard Time": ["Bangkok, Hanoi, Jakarta"],
  "Altai Standard Time": ["Barnaul, Gorno-Altaysk"],
  "W. Mongolia Standard Time": ["Hovd"],
  "North Asia Standard Time": ["Krasnoyarsk"],
  "N. Central Asia Standard Time": ["Novosibirsk"],
  "Tomsk Standard Time": ["Tomsk"],
  "China Standard Time": [
    "Beijing, Chongqing, Hong Kong, Urumqi",
    "Beijing, Chongqing, Hong Kong SAR, Urumqi",
  ],
  "North Asia East Standard Time": ["Irkutsk"],
  "Singapore Standard Time": ["Kuala Lumpur, Singapore"],
  "W. Australia Standard Time": ["Perth"],
  "Taipei Standard Time": ["Taipei"],
  "Ulaanbaatar Standard Time": ["Ulaanbaatar"],
  "Aus Central W. Standard Time": ["Eucla"],
  "Transbaikal Standard Time": ["Chita"],
  "Tokyo Standard Time": ["Osaka, Sapporo, Tokyo"],
  "North Korea Standard Time": ["Pyongyang"],
  "Korea Standard Time": ["Seoul"],
  "Yakutsk Standard Time": ["Yakutsk"],
  "Cen. Australia Standard Time": ["Adelaide"],
  "AUS Central Standard Time": ["Darwin"],
  "E. Australia Standard Time": ["Brisbane"],
  "AUS Eastern Standard Time": ["Canberra, Melbourne, Sydney"],
  "West Pacific Standard Time": ["Guam, Port Moresby"],
  "Tasmania Standard Time": ["Hobart"],
  "Vladivostok Standard Time": ["Vladivostok"],
  "Lord Howe Standard Time": ["Lord Howe Island"],
  "Bougainville Standard Time": ["Bougainville Island"],
  "Russia Time Zone 10": ["Chokurdakh"],
  "Magadan Standard Time": ["Magadan"],
  "Norfolk Standard Time": ["Norfolk Island"],
  "Sakhalin Standard Time": ["Sakhalin"],
  "Central Pacific Standard Time": ["Solomon Is., New Caledonia"],
  "Russia Time Zone 11": ["Anadyr, Petropavlovsk-Kamchatsky"],
  "New Zealand Standard Time": ["Auckland, Wellington"],
  "UTC+12": ["Coordinated Universal Time+12"],
  "Fiji Standard Time": ["Fiji"],
  "Chatham Islands Standard Time": ["Chatham Islands"],
  "UTC+13": ["Coordinated Universal Time+13"],
  "Tonga Standard Time": ["Nuku'alofa"],
  "Samoa Standard Time": ["Samoa"],
  "Line Islands Standard Time": ["Kiritimati Island"],
};

/** "(UTC-05:00) " or "(GMT+10:00) " before a display name. */
const OFFSET_PREFIX = /^\s*\((?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\)\s*/i;

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/co-ordinated/g, "coordinated")
    .replace(/[^a-z0-9+-]+/g, " ")
    .trim();
}

const BY_ID = new Map<string, string>();
const BY_DISPLAY_NAME = new Map<string, string>();
for (const entry of WINDOWS_TO_IANA_MAP)
  BY_ID.set(entry.windowsName.toLowerCase(), entry.windowsName);
for (const [id, names] of Object.entries(DISPLAY_NAMES)) {
  for (const name of names) BY_DISPLAY_NAME.set(fold(name), id);
}

/** The Windows zone ID a TZID names, by ID or by display name, or null. */
export function windowsZoneId(tzid: string): string | null {
  const trimmed = tzid.trim();
  const candidates = [trimmed, trimmed.replace(/\s+\d+$/, "")];
  for (const candidate of candidates) {
    const id = BY_ID.get(candidate.toLowerCase());
    if (id) return id;
    const display = BY_DISPLAY_NAME.get(fold(candidate.replace(OFFSET_PREFIX, "")));
    if (display) return display;
  }
  return null;
}

/** The IANA zone a Windows zone ID stands for (CLDR's main zone for it), or null. */
export function ianaForWindowsZone(id: string): string | null {
  let zone = MAIN_ZONE.get(id);
  if (zone === undefined) {
    zone = [...findIana(id, "001"), ...findIana(id)].find((name) => isKnownZone(name)) ?? null;
    MAIN_ZONE.set(id, zone);
  }
  return zone;
}

const MAIN_ZONE = new Map<string, string | null>();

/** Every Windows zone with its main IANA zone, in CLDR's order: candidates for matching rules. */
export function windowsZoneFamilies(): { id: string; iana: string; size: number }[] {
  const seen = new Set<string>();
  const families: { id: string; iana: string; size: number }[] = [];
  for (const entry of WINDOWS_TO_IANA_MAP) {
    if (seen.has(entry.windowsName)) continue;
    seen.add(entry.windowsName);
    const iana = ianaForWindowsZone(entry.windowsName);
    if (iana)
      families.push({ id: entry.windowsName, iana, size: findIana(entry.windowsName).length });
  }
  return families;
}

export const WINDOWS_DISPLAY_NAMES: Readonly<Record<string, readonly string[]>> = DISPLAY_NAMES;
