import type { Channel, MessageKind } from "../../core/message.js";
import { api } from "./api.js";
import { navigate } from "./router.js";

/** Drafts a planned message (or finds its draft) and opens it in the editor. */
export async function openDraft(request: {
  interviewId: number;
  kind: MessageKind;
  channel: Channel;
  to: string;
  sequence: number;
}): Promise<void> {
  const { interviewId, ...rest } = request;
  const drafted = await api<{ id: number }[]>(
    "POST",
    `/api/interviews/${interviewId}/drafts`,
    rest,
  );
  const first = drafted[0];
  if (first) navigate(`/drafts/${first.id}`);
}
