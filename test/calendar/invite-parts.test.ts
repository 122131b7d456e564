import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../src/calendar/html-text.js";
import { joinLinkOf } from "../../src/calendar/join-link.js";
import { event, ics, readOne } from "./ics.js";

function component(...lines: string[]) {
  const jcal = ICAL.parse(["BEGIN:VEVENT", ...lines, "END:VEVENT", ""].join("\r\n"));
  return new ICAL.Component(jcal as unknown[]);
}

describe("join links", () => {
  it("takes the link calendar programs put in X-properties first", () => {
    const teams = component(
      "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
      "LOCATION:https://zoom.us/j/111",
    );
    expect(joinLinkOf(teams, "https://zoom.us/j/111", null)).toEqual({
      url: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
      service: "Microsoft Teams",
    });
    const meet = component("X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij");
    expect(joinLinkOf(meet, null, null)?.url).toBe("https://meet.google.com/abc-defg-hij");
  });

  it("finds Zoom, Meet, Teams and Webex links in the location or description", () => {
    const none = component();
    const cases: [string, string][] = [
      ["Join: https://acme.zoom.us/j/98765?pwd=xyz.", "https://acme.zoom.us/j/98765?pwd=xyz"],
      [
        "Join with Google Meet: https://meet.google.com/yew-afgi-ynf",
        "https://meet.google.com/yew-afgi-ynf",
      ],
      [
        "Click here<https://teams.microsoft.com/l/meetup-join/19%3a1>",
        "https://teams.microsoft.com/l/meetup-join/19%3a1",
      ],
      [
        "https://acme.webex.com/acme/j.php?MTID=m123",
        "https://acme.webex.com/acme/j.php?MTID=m123",
      ],
    ];
    for (const [description, url] of cases) {
      expect(joinLinkOf(none, null, description)?.url).toBe(url);
    }
    expect(joinLinkOf(none, null, "Dial-in numbers: https://zoom.us/u/abc")).toBeNull();
  });

  it("uses a location that is only a web address, and never a file: or other link", () => {
    const none = component();
    expect(joinLinkOf(none, "https://bluejeans.com/7999979999", null)?.url).toBe(
      "https://bluejeans.com/7999979999",
    );
    expect(joinLinkOf(none, "https://interviews.acme.example/room/4", null)).toEqual({
      url: "https://interviews.acme.example/room/4",
      service: null,
    });
    expect(joinLinkOf(none, "file:///etc/passwd", "see file:///home/me/notes.txt")).toBeNull();
    expect(joinLinkOf(component("URL:sip:conf@example.com"), "Room 4", null)).toBeNull();
  });
});

describe("HTML descriptions", () => {
  it("become text: breaks, lists, entities and link targets kept, markup and styles gone", () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p>Hi <b>Dana</b>,</p><ul><li>Bring ID</li><li>Ask for <a href="https://acme.example/visit">reception</a></li></ul>Tom &amp; Jerry&nbsp;&#8212; &lt;ok&gt;<br><img src="https://tracker.example/pixel.png"></body></html>';
    expect(looksLikeHtml(html)).toBe(true);
    expect(htmlToText(html)).toBe(
      "Hi Dana,\n\n- Bring ID\n- Ask for reception (https://acme.example/visit)\nTom & Jerry — <ok>",
    );
    expect(looksLikeHtml("Plain text with 2 < 3")).toBe(false);
  });
});

describe("an invitation as a whole", () => {
  it("keeps what it says, unescaped and trimmed", () => {
    const invite = readOne(
      ics(
        event(
          "LOCATION:Acme HQ\\, 4th floor\\; room 2",
          "DESCRIPTION:Line one\\nLine two",
          'ORGANIZER;CN="Whitfield, Dana":mailto:Dana.Whitfield@Acme-Robotics.com',
          "SEQUENCE:3",
        ),
      ),
    );
    expect(invite).toMatchObject({
      uid: "test-1@afterword.test",
      sequence: 3,
      stamp: "2026-01-01T00:00:00Z",
      method: "REQUEST",
      location: "Acme HQ, 4th floor; room 2",
      description: "Line one\nLine two",
      organizer: { name: "Whitfield, Dana", email: "dana.whitfield@acme-robotics.com" },
    });
  });
});
