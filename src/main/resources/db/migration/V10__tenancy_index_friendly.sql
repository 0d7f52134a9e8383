-- Row-level security that is cheap per row and can use the kommune_code indexes. The meaning of
-- loeft_kommune_visible is unchanged (see V1): loeft.kommune unset, empty or not a kommune code
-- shows nothing; 'ALL' shows every row; a kommune code (as smallint::text writes it) shows that
-- kommune's rows. It now compares the column with a range read from the setting: [code, code],
-- every smallint for 'ALL', or the empty range [1, 0]. The bounds do not depend on the row, so
-- PostgreSQL uses them as index conditions (evaluated once) and no longer converts every row's
-- code to text. The pattern is exactly the text of a smallint: no sign on 0, no leading zeros,
-- at most 32767 and at least -32768.
create function loeft_kommune_from() returns smallint
    language sql stable parallel safe
as $$
select case current_setting('loeft.kommune', true)
           when 'ALL' then (-32768)::smallint
           else case
                    when current_setting('loeft.kommune', true) ~ '^(0|-?[1-9][0-9]{0,3}|-?[12][0-9]{4}|-?3[01][0-9]{3}|-?32[0-6][0-9]{2}|-?327[0-5][0-9]|-?3276[0-7]|-32768)$'
                        then current_setting('loeft.kommune', true)::smallint
                    else 1::smallint
                end
       end
$$;

create function loeft_kommune_to() returns smallint
    language sql stable parallel safe
as $$
select case current_setting('loeft.kommune', true)
           when 'ALL' then 32767::smallint
           else case
                    when current_setting('loeft.kommune', true) ~ '^(0|-?[1-9][0-9]{0,3}|-?[12][0-9]{4}|-?3[01][0-9]{3}|-?32[0-6][0-9]{2}|-?327[0-5][0-9]|-?3276[0-7]|-32768)$'
                        then current_setting('loeft.kommune', true)::smallint
                    else 0::smallint
                end
       end
$$;

create or replace function loeft_kommune_visible(k smallint) returns boolean
    language sql stable parallel safe
as $$ select k between loeft_kommune_from() and loeft_kommune_to() $$;
