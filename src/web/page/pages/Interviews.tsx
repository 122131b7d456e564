import { useEffect, useState } from "react";
import { api, problemText } from "../api.js";
import { Problem } from "../components/Problem.js";
import { Link } from "../router.js";
import { moment } from "../words.js";

interface Listed {
  id: number;
  company: string;
  position: string;
  start: string;
  timeZone: string;
  status: string;
  needsDetails: boolean;
  interviewers: string[];
}

export function Interviews() {
  const [interviews, setInterviews] = useState<Listed[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api<Listed[]>("GET", "/api/interviews").then(setInterviews, (error) =>
      setProblem(problemText(error)),
    );
  }, []);
  return (
    <>
      <Problem text={problem} />
      {interviews?.length === 0 && (
        <p>
          No interviews yet. <Link to="/debrief">Write down how one went</Link>.
        </p>
      )}
      <ul className="entries">
        {interviews?.map((interview) => (
          <li key={interview.id} className="entry">
            <h2 className="h3">
              <Link to={`/interviews/${interview.id}`}>
                {interview.company || "Company not named yet"}:{" "}
                {interview.position || "role not named yet"}
              </Link>
            </h2>
            <p className="meta">
              {moment(interview.start, interview.timeZone)} ·{" "}
              {interview.interviewers.join(", ") || "no interviewer named"}
              {interview.status === "cancelled" && " · cancelled"}
            </p>
            {interview.needsDetails && (
              <Link to={`/debrief/${interview.id}`}>Complete the notes</Link>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
