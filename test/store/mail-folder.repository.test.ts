import { afterEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { storesUnderTest, titled } from "../helpers/stores.js";

const STORES = await storesUnderTest();
const NOW = "2026-11-21T12:00:00.000Z";

for (const kind of STORES)
  describe.skipIf(kind.skip !== null)(titled("MailFolderRepository", kind), () => {
    let store: Store | null = null;
    afterEach(() => store?.close());

    it("moves a folder's mark forward only, and starts again when the folder's UIDVALIDITY changes", async () => {
      store = await kind.fresh();
      const folders = store.mailFolders;
      expect(await folders.get("INBOX")).toBeNull();
      await folders.advance({ folder: "INBOX", uidValidity: "7", lastUid: 40 }, NOW);
      await folders.advance({ folder: "INBOX", uidValidity: "7", lastUid: 12 }, NOW);
      expect(await folders.get("INBOX")).toEqual({
        folder: "INBOX",
        uidValidity: "7",
        lastUid: 40,
      });
      // IMAP UIDs are unsigned 32-bit numbers.
      await folders.advance({ folder: "INBOX", uidValidity: "7", lastUid: 4_294_967_295 }, NOW);
      expect((await folders.get("INBOX"))?.lastUid).toBe(4_294_967_295);
      await folders.advance({ folder: "INBOX", uidValidity: "8", lastUid: 3 }, NOW);
      expect(await folders.get("INBOX")).toEqual({ folder: "INBOX", uidValidity: "8", lastUid: 3 });
    });
  });
