import type { MailAccount } from "../../mail/mail-config.js";
import type { Profile } from "../../core/record/profile.js";

/** Who a message is from: the account's address and name, else the profile's. */
export function senderOf(
  account: MailAccount | null,
  profile: Profile | null,
): { name: string | null; email: string } | null {
  const email = account?.address ?? profile?.email ?? null;
  if (!email) return null;
  return { name: account?.name ?? profile?.name ?? null, email };
}

/** Every address of the candidate's, lower-case: mail from these answers nothing. */
export function ownAddresses(account: MailAccount | null, profile: Profile | null): string[] {
  return [account?.address, profile?.email, ...(profile?.aliases ?? [])]
    .filter((address): address is string => Boolean(address))
    .map((address) => address.toLowerCase());
}
