import { z } from "zod";

/** An `:id` in the address: a whole number. */
export const idParams = z.object({
  id: z.coerce
    .number({ error: "a number" })
    .int({ error: "a whole number" })
    .positive({ error: "a number above 0" }),
});
