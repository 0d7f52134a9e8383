package dk.loeft.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo evaluations and notices: Rødovre's own questions for the merit education (seed 001: every
 * programme is evaluated with participants and dagtilbud leaders, to adjust content and seats), an
 * e-mail address for the staff behind the demo logins (e-mails are only logged without an SMTP
 * server), and answers from two in three participants of every ended course already in the demo
 * catalogue, with scores that vary by person.
 */
final class DemoEvaluations {

    /** Rødovre's merit questions, for participants and for their leaders. */
    static final Map<String, List<String[]>> MERIT_QUESTIONS = Map.of(
            "PARTICIPANT",
            List.of(
                    new String[] {"SCALE", "Hvor stort har dit udbytte af semesteret været?"},
                    new String[] {"SCALE", "Hvor godt kan du bruge det, du lærer, i din praksis?"},
                    new String[] {"SCALE", "Hvordan fungerer studiet ved siden af arbejdet (fridage og indkald)?"},
                    new String[] {"SCALE", "Hvordan vurderer du undervisningen?"},
                    new String[] {"TEXT", "Hvad skal vi justere til næste hold?"}),
            "LEADER",
            List.of(
                    new String[] {"SCALE", "Hvor stort er udbyttet for institutionen?"},
                    new String[] {"SCALE", "Hvordan fungerer fravær og vikardækning i studietiden?"},
                    new String[] {"TEXT", "Skal kommunen udbyde flere eller færre pladser? Hvorfor?"}));

    private DemoEvaluations() {}

    static void load(JdbcTemplate jdbc, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into evaluation_question_set (kommune_code, plan_initiative, changed_by, changed_at, version)
                values (175, ?, 'forvaltning.roedovre', ?, 1)""", DemoPlans.MERIT, at);
        MERIT_QUESTIONS.forEach((audience, questions) -> {
            for (int i = 0; i < questions.size(); i++) {
                jdbc.update(
                        """
                        insert into evaluation_question (kommune_code, plan_initiative, audience, position, kind, text)
                        values (175, ?, ?, ?, ?, ?)""",
                        DemoPlans.MERIT,
                        audience,
                        i,
                        questions.get(i)[0],
                        questions.get(i)[1]);
            }
        });
        jdbc.update("""
                update staff_member s set email = u.username || '@demo.loeft.dk'
                  from user_account u where u.staff_id = s.id""");
        answerEndedCourses(jdbc, at);
    }

    /** Two in three seated participants of each ended course answer the default questions. */
    private static void answerEndedCourses(JdbcTemplate jdbc, Timestamp at) {
        List<Map<String, Object>> seated = jdbc.queryForList("""
                select p.id, p.kommune_code, p.offering, m.name
                  from participation p join offering o on o.id = p.offering join staff_member m on m.id = p.staff_member
                 where p.status in ('ENROLLED', 'COMPLETED') and o.end_date < current_date
                 order by p.id""");
        String[] questions = {
            "Hvor stort har dit udbytte af forløbet været?",
            "Hvor relevant er forløbet for din praksis?",
            "Hvordan vurderer du underviserne?",
            "Hvordan vurderer du organiseringen (tidspunkter, sted og materialer)?"
        };
        for (int n = 0; n < seated.size(); n++) {
            if (n % 3 == 2) {
                continue;
            }
            Map<String, Object> p = seated.get(n);
            UUID response = UUID.randomUUID();
            jdbc.update("""
                    insert into evaluation_response (id, kommune_code, participation, offering, audience, answered_by, submitted_at)
                    values (?, ?, ?, ?, 'PARTICIPANT', ?, ?)""", response, p.get("kommune_code"), p.get("id"), p.get("offering"), p.get("name"), at);
            for (int q = 0; q < questions.length; q++) {
                jdbc.update("""
                        insert into evaluation_answer (response, position, kommune_code, kind, question, score)
                        values (?, ?, ?, 'SCALE', ?, ?)""", response, q, p.get("kommune_code"), questions[q], 3 + (n + q) % 3);
            }
            jdbc.update(
                    """
                    insert into evaluation_answer (response, position, kommune_code, kind, question, comment)
                    values (?, 4, ?, 'TEXT', 'Hvad vil du gerne give videre om forløbet?', ?)""",
                    response,
                    p.get("kommune_code"),
                    n % 2 == 0 ? "Gode eksempler fra praksis. Mere tid til refleksion på holdet." : "");
        }
    }
}
