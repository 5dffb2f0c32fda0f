# The interface's words in English: every sentence, label and heading the program
# writes, apart from the clinic's own content. A site changes any of them by putting a
# file of the same name in its own messages/ folder with just the messages it rewords
# (Project Fluent syntax: https://projectfluent.org/fluent/guide/).

## Statuses

status-do = To do
status-never = Not advised
status-not-yet = Not yet
status-with-care = With care
status-allowed = Allowed

## Days and dates

day-one = Day { $day }
days-range = Days { $start } to { $end }
days-from = From day { $start }
hour-one = Hour { $hour }
hours-range = Hours { $start } to { $end }
hours-from = From hour { $start }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# "Wednesday 2 December 2026"
date-long = { $weekday } { $day } { $month } { $year }
# "2 December 2026"
date-medium = { $day } { $month } { $year }
# "Saturday 5 December"
date-no-year = { $weekday } { $day } { $month }
date-range = { $from } to { $to }
date-from = From { $date }

## The patient's plan and calendar

call-line = Questions? Call { $clinic } on { $phone }.
change-summary-do = { $status }: { $label }
change-summary = { $label }: { $status } from today
day-after = Day { $day } after your session.
until-day = Until day { $day }.
session-summary = Session { $n } of { $of }: planned
session-description = About { $between } days after the session before. Book it or move it with us. After it, the day-by-day steps start again from day 0. { $call }

## Plain text of a patient's plan (`aftercare schedule --text`)

text-title = { $treatment } aftercare: your dates
text-day-0 = Day 0 is the day of your session; day 1 is the day after.
text-your-days = YOUR DAYS
text-changes = WHEN THINGS CHANGE
text-group = { $date } (day { $day })
text-group-after = { $date } (day { $day } after session { $session })
text-next-sessions = YOUR NEXT SESSIONS (about { $between } days apart)
text-next-session = Session { $n } of { $of }: { $date } (day { $offset })
text-call-if = CALL US IF YOU NOTICE
text-call = Call { $phone }.
text-call-hours = Call { $phone } ({ $hours }).
session-line-of = Session { $n } of { $of }
session-line-of-final = Session { $n } of { $of } (your final session)
session-line-one = Your session
session-line = { $which }: { $date }

## The clinic's answer for an activity

answer-never = Not advised.
answer-never-from = Not advised from day { $day }.
answer-allowed-day-0 = Allowed from the day of your session.
answer-care-then-allowed = With care from day { $care }. Fully allowed from day { $allowed }.
answer-allowed = Allowed from day { $allowed }.
answer-care-only = With care from day { $care }. Ask us before doing more.
answer-not-during = Not during healing. Ask us when you can start.
answer-days = { $days }.

## What a guide says

rec-with-care-from = with care from day { $day }
rec-from = from day { $day }
rec-no-day = no day given: “{ $words }”
rec-with-words = { $when } (“{ $words }”)
cell-final = After the final session: { $when }
cell-day = Day { $day }
cell-care-detail = with care from day { $day }
cell-with-care-from = With care from day { $day }
cell-then = then “{ $words }”
cell-vague = Vague
cell-quoted = “{ $words }”
cell-not-stated = Not stated
cell-ordinary-only = for ordinary sessions
guides-disagree = Guides disagree: day { $low } to day { $high }
compare-later = We wait longer: day { $ours }, not day { $theirs }.
compare-earlier = We allow it sooner: day { $ours }, not day { $theirs }.
compare-no-day = The guide gives no day to go by; we say day { $ours }.
compare-limited = We keep this limited for the whole healing time.

## The main menu

nav-home = Home
nav-days = Day by day
nav-questions = Questions
nav-compare = Compare guides
nav-schedule = Your schedule
nav-handouts = Handouts
nav-articles = Articles
