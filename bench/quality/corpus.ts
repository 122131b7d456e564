import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import type { Interview } from "../../src/core/interview.js";
import { profileSchema, type Profile } from "../../src/core/record/profile.js";
import { resolveRecord } from "../../src/core/record/resolve-record.js";

export const QUALITY = import.meta.dirname;

/** One interview record of the quality corpus, with the candidate it belongs to. */
export interface QualityRecord {
  /** `profile/file` without the extension, e.g. `maya/01-lattice-health-onsite`. */
  name: string;
  profile: Profile;
  interview: Interview;
}

/** Reads `profiles/NAME.yaml` and every record under `records/NAME/`, in name order. */
export function loadQualityRecords(root = join(QUALITY, "records")): QualityRecord[] {
  const records: QualityRecord[] = [];
  let id = 1;
  for (const person of readdirSync(root).sort()) {
    const profile = profileSchema.parse(
      parse(readFileSync(join(QUALITY, "profiles", `${person}.yaml`), "utf8")),
    );
    for (const file of readdirSync(join(root, person)).sort()) {
      if (!file.endsWith(".yaml")) continue;
      const name = `${person}/${basename(file, ".yaml")}`;
      records.push({
        name,
        profile,
        interview: readInterview(join(root, person, file), profile, id++),
      });
    }
  }
  return records;
}

/** One record file of the import contract, resolved as `afterword import` resolves it. */
export function readInterview(path: string, profile: Profile, id: number): Interview {
  const resolved = resolveRecord(parse(readFileSync(path, "utf8")), profile.timeZone);
  if (!resolved.ok) throw new Error(`${path}: ${JSON.stringify(resolved.errors)}`);
  return { ...resolved.value.interview, id, status: "scheduled", needsDetails: false };
}
