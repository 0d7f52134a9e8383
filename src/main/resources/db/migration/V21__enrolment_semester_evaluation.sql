-- Running the plan: an evaluation after each semester as well as after the course.
--
-- evaluation_response.progress_part: the passed part of a long programme (participation_progress,
-- e.g. "2. semester" of merit or PAU) that a response is about; null for the evaluation of the whole
-- course. Each participation is answered once per audience for the whole course and once per
-- audience for each part, so the old unique (participation, audience) gives way to a unique index
-- that treats "no part" as one value.

alter table evaluation_response add column progress_part uuid references participation_progress (id);

alter table evaluation_response drop constraint evaluation_response_participation_audience_key;

create unique index evaluation_response_once on evaluation_response
    (participation, audience, coalesce(progress_part, '00000000-0000-0000-0000-000000000000'));
