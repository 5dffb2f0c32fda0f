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
# The dates themselves ("Wednesday 2 December 2026") are written from the language's
# Unicode CLDR data, weekday and month names included; these messages only join them.
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
answer-care-only = With care from day { $care }, and always with care after that.
answer-care-from = With care from day { $care }.
answer-not-during = Not during healing. Ask us when you can start.
answer-days = { $days }.
# Lists of answers (home page, questions page): where the advice changes after the final
# session, that answer first, then the one between sessions.
answer-final-first = After your final session (or your only one): { $answer }
answer-between = Between sessions: { $answer }

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

## The main menu

nav-home = Home
nav-days = Day by day
nav-questions = Questions
nav-compare = Compare guides
nav-schedule = Your schedule
nav-handouts = Handouts
nav-articles = Articles

## Templates: base.html (every page)

base-skip = Skip to main content

## Templates: macros.html (parts shared by several pages)

# Before the list of guides an entry cites: "Source: A" or "Sources: A, B".
macros-sources = { $count ->
    [one] Source:
   *[other] Sources:
}
# Hidden for sight, read out before a day number in the lists of days: "Day 3".
macros-day = Day
macros-phases-days = Days
macros-phases-status = Status
macros-phases-what = What to do
# The short words in the cells of the printed checklist, one per status.
macros-short-not-yet = No
macros-short-with-care = Care
macros-short-do = Do
macros-short-never = Never
macros-short-allowed = Yes

## Templates: partials/header.html, partials/footer.html, partials/contact.html

header-nav-label = Main
footer-nav-label = More pages
footer-prepare = Before your session
footer-guides = The guides we compared
footer-summary = Printable summary
# Before the clinic's phone number, email address and opening hours.
contact-phone = Phone
contact-email = Email
contact-open = Open:

## Templates: partials/warning.html, partials/legend.html, partials/qr.html

warning-heading = Call us if you notice any of these:
# Before the clinic's phone number: "Call 01234 567890".
warning-call = Call
legend-label = Key
qr-scan = Scan for the website:

## Templates: index.html (a treatment's home page)

home-day-0 = Day 0 is the day of your session.
home-sessions = Most people have { $sessions } sessions, about { $between } days apart. The same aftercare applies after each one.
home-final-differs = After the final session some steps change; each day page says which.
home-find-day = Find your day
home-find-day-lead = How many days ago was your session? Pick the number.
home-all-days = All days, by healing stage
home-schedule = Enter your session date to see your own dates
home-healing = How healing goes
home-later = Later on
home-top-questions = Top questions
home-after-final = After your final session: { $answer }
home-all-questions = All questions
home-more = Print, compare and read
home-glance = Aftercare at a glance
home-glance-about = One printable page with the key rules and our phone number.
home-checklist = Day-by-day checklist
home-checklist-about = A printable table to tick off each day.
home-compare = Compare the guides
home-compare-about = What each published guide says, side by side with our advice.
home-prepare = Before your session
home-prepare-about = What to do in the days before.
home-articles = Articles
home-all-articles = All { $count } articles

## Templates: day.html

day-description = Aftercare on day { $day } after your { $treatment } session: what to do, what to avoid and what changes tomorrow.
# Before the name of the healing stage.
day-stage = Stage:
day-after-final = After your final session:
# Hidden for sight, between two statuses: "Not yet becomes With care".
day-becomes = becomes
day-tomorrow = What changes tomorrow
day-no-change = Nothing changes tomorrow. Keep going as today.
day-last = This is the last day of the aftercare timeline. If something still worries you, call us.
day-later = Later on
day-pager-label = Previous and next day
day-pager = Day { $day }
day-jump = Go to another day

## Templates: days.html

days-title = Day by day
days-description = Every day of healing after your { $treatment } session, from day 0 to day { $last }, grouped by stage.
days-lead = Day 0 is the day of your session. Pick a day to see what to do, what to avoid and what changes next.

## Templates: activities.html

activities-title = Questions
activities-description = Answers to common questions about aftercare after { $treatment }.
activities-heading = Your questions
activities-lead = Each answer counts days from your session (day 0). Open a question for the reasons, the day-by-day detail and what each guide says.
activities-after-final = After your final session: { $answer }

## Templates: activity.html (one question)

activity-our-answer = Our answer:
activity-heading = { $label } after your session: when and how
activity-in-short = In short: { $question }
activity-after-final-label = After your final session:
activity-answer-final = Our answer, after your final session (or your only one):
activity-between = Between sessions, if your next session has not started by then:
activity-why = Why it matters
activity-day-by-day = Day by day
activity-after-final = After your final session
activity-final-phases = These days replace the ones above after your last session only.
activity-strip = { $label }: each day at a glance
activity-strip-lead = Pick a day to see everything for that day.
activity-after-each = After each session
activity-guides = What each guide says
activity-guides-lead = { $treatment }: the published guides we compared, and what each one says.
# After the guides' disagreement: "… We chose the days above; see the comparison."
activity-disagree = We chose the days above; see
activity-disagree-link = the comparison
activity-guide-sooner = This guide allows it sooner. We wait until day { $day }, as the most careful guides do, to keep the pigment safe.
activity-final-only = After the final session only
activity-condition = Condition: { $condition }
activity-day-numbers = Day numbers: { $numbers }
activity-not-mentioned = This guide does not mention it.
activity-read-more = Read more

## Templates: articles.html, article.html

articles-title = Articles
articles-description = Short articles about healing and aftercare from { $clinic }.
articles-none = There are no articles yet.
article-related = Related questions
article-more = More articles
article-all = All { $count } articles

## Templates: compare.html

compare-title = Compare the guides
compare-description = What each published { $treatment } aftercare guide says, side by side with our own advice.
# "The guides disagree on 3 of 12 activities; those rows are marked ⚠ Guides disagree."
compare-disagree-on = The guides disagree on
compare-disagree-of = of { $total } activities; those rows are marked
compare-disagree-mark = Guides disagree
compare-our-advice = Our advice
compare-after-final = After your final session: { $answer }
compare-how-we-chose = How we chose our days

## Templates: guide.html (one guide)

guide-description = What “{ $guide }” says about { $treatment } aftercare, next to our own rules.
guide-counting = How this guide counts days
guide-counting-ours = On this site day 0 is the day of your session.
guide-recommends = What it recommends
guide-activity = Activity
guide-says = What it says
guide-when = When
guide-our-rule = Our rule
guide-difference = Difference
guide-condition = Condition: { $condition }
guide-day-numbers = Day numbers: { $numbers }
guide-final-only = After the final session only
guide-after-final = After your final session: { $answer }
guide-same = Same day as ours.
guide-why-we-differ = Why we differ:
guide-not-mentioned = Not mentioned
guide-silent = This guide says nothing about:
guide-covers-all = This guide covers every activity on our list.
guide-compare-all = Compare all guides side by side

## Templates: guides.html

guides-title = The guides we compared
guides-description = The published aftercare guides behind our advice, and how we chose our days where they disagree.
guides-lead = Our advice is based on these published guides. Each page lists what the guide says, next to our own rule.
guides-count = { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}
guides-vague = { $count } without a day number
guides-how-we-chose = How we chose our days
guides-compare-all = See all guides side by side

## Templates: 404.html

notfound-title = Page not found
notfound-lead = Sorry, this page does not exist. It may have moved.
notfound-home = Home page
notfound-find-day = Find your day
notfound-questions = All questions
# Before the clinic's phone number.
notfound-call = Worried about how you are healing? Call us on

## Templates: handout-checklist.html

checklist-title = Day-by-day checklist
checklist-description = A printable day-by-day { $treatment } aftercare checklist, day 0 to day { $last }.
checklist-heading = Day-by-day aftercare checklist
checklist-phone = Phone
# Followed by the key: each status with its short word (the macros-short-* messages).
# After the key: what "with care" asks of the patient, in one sentence.
checklist-care-means = "Care" means it is allowed, but gently and only in the way the list under the table says.
checklist-care-means-routine = "Care" means it is allowed, but gently and only in the way your care routine and the list under the table say.
checklist-intro = Day 0 is the day of your session. Write the date beside each day and tick it off. Key:
checklist-caption = What you can do on each day after your session
checklist-day = Day
checklist-date = Date
checklist-done = Done
# "* After your final session this stays stricter …", with "final" in bold.
checklist-final-before = After your
checklist-final-word = final
checklist-final-after = session this stays stricter on that day: see the lines marked "* After your final session" under the table.
checklist-call = Worried? Call
checklist-others = The other activities: what applies on which days
# Under the table: what each column's marks ask, in the protocol's short words.
checklist-how = What the marks in the table ask of you

## Templates: handout-glance.html

glance-title = Aftercare at a glance
glance-description = A one-page printable summary of { $treatment } aftercare, with our phone number.
glance-heading = { $treatment } aftercare at a glance
glance-phone = Phone
glance-session-date = Day 0 is the day of your session; day 4 is 4 days after it, and so on. My session date:
# "This page is made to be printed … See how to print."
glance-print = This page is made to be printed on one sheet (A4 or Letter). See
glance-print-link = how to print
glance-healing = How healing goes
glance-pictures = In pictures: normal healing, and how
glance-first-hours = The first hours
glance-not-yet = Not yet
# After an activity that is not allowed on day 0: the first day it is, at least with care.
glance-from = (from day { $day })
glance-from-date = (from day { $day }: { $date })
glance-nothing-off-limits = Nothing is off limits on the day of your session.
glance-with-care = With care
glance-no-care = On the day of your session, everything else is either not yet or allowed.
glance-tick-days = Tick a box each day:
glance-changes = When things change
glance-changes-sessions = When things change, after every session
glance-changes-lead = Until its day comes, each one is not allowed yet.
glance-milestone-day = Day { $day }:
glance-milestone-date = Day { $day } ({ $date }):
glance-later = Later on

## Templates: handout-dated.html (the patient's dated plan, `aftercare schedule`)

dated-title = Your { $treatment } aftercare dates
dated-phone = Phone
dated-session-of = Session { $n } of { $of }
dated-session-final = (your final session)
dated-session-one = Your session
dated-day-0 = Day 0 is the day of your session; day 1 is the day after.
dated-days = Your days
dated-caption = The date of each day of healing
dated-day = Day
dated-date = Date
dated-stage = Stage
dated-changes = When things change
dated-group = { $date } (day { $day }):
dated-group-after = { $date } (day { $day } after session { $session }):
dated-restart = The day-by-day steps start again from day 0
dated-next = Your next sessions
dated-next-session = Session { $n } of { $of }:
dated-next-date = { $date } (about { $between } days apart)

## Templates: handouts.html

handouts-title = Handouts
handouts-description = Printable aftercare handouts: a one-page summary and a day-by-day checklist.
handouts-heading = Printable handouts
handouts-lead = Print these and keep them on the fridge or by the mirror.
handouts-glance = Aftercare at a glance
handouts-glance-about = One page: how healing goes, what to avoid, when things are allowed again, and when to call us.
handouts-checklist = Day-by-day checklist
handouts-checklist-about = One or two pages: one row per day from day 0 to day { $last }, with space to write the date and tick each day off.
handouts-how = How to print
handouts-step-open = Open the handout.
# Written as HTML (the <kbd> marks are keys): escape & < > as &amp; &lt; &gt;.
handouts-step-print = Use your browser’s Print command: press <kbd>Ctrl</kbd> + <kbd>P</kbd> (on a Mac, <kbd>⌘</kbd> + <kbd>P</kbd>), or choose Print from the browser menu. On a phone, look for Print under Share.
handouts-step-paper = Choose A4 or Letter paper. The menus and links are left out of the printout.
handouts-step-colours = Turn on “Background graphics” to print the colours. The words and symbols are enough without them.
handouts-no-printer = No printer? We are happy to give you a printed copy at your session.

## Templates: prepare.html

prepare-title = Before your session
prepare-description = How to prepare for your { $treatment } session, step by step.
prepare-lead = A few simple steps before your session help you heal well afterwards.
prepare-why = Why:
# Before the clinic's phone number.
prepare-call = Questions before you come in? Call
prepare-day-0 = What happens on the day of your session (day 0)

## Templates: schedule.html

schedule-title = Your schedule
schedule-description = Enter the date of your { $treatment } session to see which day of healing you are on, your dates, and a calendar file.
schedule-lead = Enter the date of your session. This page shows which day of healing you are on today, the date each step is allowed again, and gives you a file for your phone’s calendar.
schedule-legend = Your session
schedule-date-label = Date of your session (day 0)
schedule-session-label = Which session was it?
schedule-session-of = Session { $n } of { $of }
schedule-session-final = (final)
schedule-remember = Remember this date on this device
schedule-remind = Calendar file: remind me at 9 am the day before each step
schedule-show = Show my dates
schedule-forget = Forget my date
schedule-privacy = Your date stays on this device. It is not sent anywhere, and it is only kept if you tick “Remember”.
schedule-by-hand = Count your day yourself
schedule-nojs = The date tool above needs JavaScript. If it does not work in your browser, you can still follow your healing day by day:
schedule-by-hand-1 = The day of your session is day 0. The day after is day 1, and so on.
schedule-by-hand-2 = Count the days from your session to today. That number is your day.
schedule-by-hand-3 = Open the page for that day below. It says what you can do today and what changes tomorrow.
# "Prefer paper? Print the one-page summary or the day-by-day checklist and write …" (two links).
schedule-paper = Prefer paper? Print the
schedule-paper-summary = one-page summary
schedule-paper-or = or the
schedule-paper-checklist = day-by-day checklist
schedule-paper-end = and write your dates on it. At the clinic we can print a copy with your dates filled in.

## Templates: treatments.html (the home page of a site with several treatments)

treatments-lead = Pick your treatment to see your aftercare day by day.
treatments-articles = Articles
treatments-all-articles = All { $count } articles
# Written as HTML: escape & < > as &amp; &lt; &gt;.
treatments-signs = Each treatment's pages list the signs to look out for.

## The "Your schedule" page's script (theme/schedule.js fills the { $placeholders })

js-session-in-one-day = Your session is in { $n } day
js-session-in-days = Your session is in { $n } days
js-today-is-day = Today is day { $day }
js-today-is-day-after = Today is day { $day } after session { $session }
js-session-was-on = Your session was on { $date }.
js-session-is-on = Your session is on { $date }.
js-open-day = Open the page for day { $day }
js-how-to-prepare = How to prepare
js-pages-end = The day pages end at day { $day }: the healing time is over.
js-next-sessions = Your next sessions
js-next-session = Session { $n } of { $of }: { $date } (about { $between } days apart)
js-changes = When things change
js-group = { $date } (day { $day })
js-group-after = { $date } (day { $day } after session { $session })
js-starts-again = . The day-by-day steps start again from day 0.
js-download = Download calendar file (.ics)
js-download-help = The file adds one all-day event for each date above. Open it, or import it into your calendar app.

## Day pages' script (theme/today.js)

today-is-your-day = Today is your day { $day }.
today-go-to-day = Go to day { $day }
today-day-date = ({ $date })
today-other-day = You are looking at day { $page }. Today is your day { $day }.
today-day-range = ({ $from } to { $to })
# Beside a "from day N" on or after the next session of the course (today.js): no date,
# because that session starts the count again.
today-later = (no date yet: your next session comes first and starts the count again)
# Beside a "from day N" that only comes after the final session of the course (today.js):
# the date worked out from the planned final session, of the day the rule gets there after
# it ($day: the sun may wait longer after the final session).
today-after-final = (about { $date }, { $day } days after your final session, planned for { $planned })
# Beside a "from day N" when the patient is in their final session and, after it, the rule
# gets there on a later day ($day, its date $date): "from day 14" is not theirs.
today-final-from = (after your final session: from day { $day }, { $date })
# Under the "each day at a glance" grids (today.js): how today's day is marked.
today-in-strip = Today, your day { $day }, has a thick frame.

## Languages: the switcher on every page of a site in several languages

# The language's name in itself, as the switcher shows it.
language-name = English
languages-label = Languages
# On a page whose text is not all translated yet; $language is the default language's name.
translation-missing = This page is not fully translated yet. Some parts are in { $language }.

## QR codes on printed handouts (read out by screen readers)

qr-site = QR code: this aftercare website
qr-days = QR code: the day-by-day pages on our website
qr-dates = QR code: your dates on our website

## Punctuation between the items of a list ("12 not yet, 4 with care"; a semicolon between longer items)

list-separator = {", "}
list-separator-strong = {"; "}
# Between the items of a list shown on one line, each item its own phrase that starts with a
# capital ("Keep your scalp dry · Hands off your scalp"): a comma there would read as one
# sentence with a capital after the comma.
list-separator-items = {" · "}

## Getting help (partials/warning.html): on every page and both handouts, with the
## header's phone number.

urgent-heading = Getting help
# Before the clinic's phone number.
urgent-call-us = Call us on
# Before the out-of-hours number, with its name: "When we are closed, call NHS 111 on 111".
urgent-closed = When we are closed, call { $name } on
urgent-closed-call = When we are closed, call
# Before the emergency number: "In an emergency, call 999".
urgent-emergency = In an emergency, call
urgent-emergency-named = In an emergency, call { $name } on
# The header: before the clinic's phone number, on every page.
header-call = Call us

## The day pages (day.html): what to do today first.

# The title and heading of a day page: what the page is for.
day-heading = Day { $day } after your session: what to do and what to avoid
day-heading-0 = Day 0, the day of your session: what to do and what to avoid
day-zero-means = Day 0 is the day of your session, so day 4 is 4 days after it, and so on.
# On a day page after day 0: how to turn the day number into a date, with an example.
day-count-help = Day 0 is the day of your session, so day { $day } is { $day ->
    [one] 1 day
   *[other] { $day } days
} after it.
# On the pages of a treatment with more than one session: each session is a new day 0.
count-restarts = If you have more than one session, the count starts again at day 0 on the day of each session.
checklist-sessions = At each session, start a new sheet: that day is day 0 again. If your next session is on day { $day }, the rows from day { $day } on apply only after your final session.
# Under a picture of a step of the care routine, on the printed checklist.
checklist-step-picture = Step { $step }
glance-sessions = At each session, write its date here and count from day 0 again. If your next session is on day { $day }, what this sheet says from day { $day } on applies only after your final session.
# A link to the page that works out the patient's own dates.
day-own-dates = See your own dates
day-in-short = Today in short: what to do
# Before the list of today's to-dos.
day-short-todo = To do today:
# Before the day's most important rules, as actions ("Keep your scalp dry").
day-short-key = Most important today:
day-key-heading = Most important today
# After a key rule that is not allowed yet: the day it changes.
day-key-until = This changes on day { $day }
# The end of that sentence, after the patient's date for that day when one is stored
# ("This changes on day 4 (Thu 3 Dec).").
day-key-until-end = .
day-routine-heading = Your care routine today, step by step
# In "Where this advice comes from": a step of the care routine.
day-routine-step = Care routine, step { $n }
# Beside what is not allowed now and not later either.
day-for-good = not later either
glance-key = Most important in the first days
glance-routine = Your care routine, step by step
glance-for-good = not later either
glance-final-from = (from day { $day } after your final session)
glance-final-only = Only after your final session (the last one of your course):
glance-final-only-marked = Only after your final session (the last one of your course), in place of the line marked above:
glance-final-differs = (not after your final session: see below)
day-short-nothing-todo = Nothing special to do today. Keep following the advice below.
# Before what changed today: "New today: Wetting your head (with care)".
day-short-new = New today:
day-short-first = Everything starts today: the first days matter most.
day-short-no-new = Nothing new today: keep going as yesterday.
day-short-all-allowed = Nothing on the list is off limits any more.
day-todo-heading = What to do today
day-todo-lead = Tick each one off as you go. The ticks stay on this device until the end of the day.
# A tag beside something whose advice changed today.
day-new = New today
day-not-yet-lead = Open one to see what to do instead, and when it is allowed.
day-never-lead = Open one to see why, and what to do instead.
day-see-key = See “{ day-key-heading }” above.
# When something is allowed again, at least with care: "from day 4".
day-from = from day { $day }
# Beside it, where the final session makes the patient wait longer (the day after the final session).
day-from-final = ; after your final session, from day { $day }
day-more-about = More about { $activity }
day-normal = What is normal now
day-sources = Where this advice comes from
day-sources-lead = Each step follows one or more of the published guides we compared. You do not need them to follow this page.
# The last item of a shortened list of names.
day-short-more = and more (see below)
# The last line of "today in short": a link down to the getting-help card (when to call,
# and the numbers).
day-short-help = Worried about something? See when to call us.
# Before the first few things not allowed yet; $label is the clinic's word for the status
# ("Not yet", or its own, such as "Wait").
day-short-not-yet = { $count ->
    [one] { $label }:
   *[other] { $label } ({ $count }), such as:
}
# The heading of what is allowed on the day, with the status's word ("Allowed").
day-allowed-heading = { $label } today

## The schedule page's date: three fields (day, month, year), in the language's order.

schedule-date-help = Type the day, the month and the year in numbers. For example, 3 for March.
schedule-date-day = Day
schedule-date-month = Month
schedule-date-year = Year
js-bad-date = Enter a real date: the day, the month and the year, in numbers.

## ---- comparison (cmp branch): guide pages, compare.html, activity pages ----

# On a guide page, one sentence per threshold. $step is "care" (the first day with care),
# "full" (the first day without limits) or "day" (neither side has a with-care stage, so
# there is one day to compare).
cmp-sooner = { $step ->
        [care] We allow it with care sooner: day { $ours }, not day { $theirs }.
        [full] We allow it without limits sooner: day { $ours }, not day { $theirs }.
       *[day] We allow it sooner: day { $ours }, not day { $theirs }.
    }
cmp-later = { $step ->
        [care] We wait longer to allow it with care: day { $ours }, not day { $theirs }.
        [full] We wait longer to allow it without limits: day { $ours }, not day { $theirs }.
       *[day] We wait longer: day { $ours }, not day { $theirs }.
    }
cmp-same = { $step ->
        [care] Same day with care: day { $day }.
        [full] Same day without limits: day { $day }.
       *[day] Same day: day { $day }.
    }
cmp-guide-silent = { $step ->
        [care] The guide gives no day to start with care; we say day { $ours }.
        [full] The guide gives no day for doing it without limits; we say day { $ours }.
       *[day] The guide gives no day to go by; we say day { $ours }.
    }
cmp-ours-never = { $step ->
        [care] We do not allow it during healing; the guide says day { $theirs }.
        [full] We keep it limited for the whole healing time; the guide lifts the limits from day { $theirs }.
       *[day] We keep it limited for the whole healing time; the guide says day { $theirs }.
    }
cmp-guide-no-day = The guide gives no day to go by.
cmp-ours-no-day = Our rule gives no day from which it is allowed.
# "Guides disagree: day 3 to day 4 with care, day 3 to day 10 without limits"
disagree-every = Guides disagree: { $spread }
disagree-final = After the final session, guides disagree: { $spread }
disagree-care = day { $low } to day { $high } with care
disagree-full = day { $low } to day { $high } without limits
disagree-days = day { $low } to day { $high }
# compare.html: one line of days per activity (an inline picture), opened for the words.
cmp-lead = Each activity is one line of days, from day 0 (the day of the session) on the left. Open an activity to read what each guide says.
# The clinic's own lane in each picture: keep it short (about 8 letters at most).
cmp-lane-ours = Us
cmp-axis-day = Day
cmp-chart-final = After the final session
cmp-key-title = How to read the lines
cmp-key-ours = Us: our advice, the thick line
cmp-key-care = Dashed: with care
cmp-key-full = Solid: without limits
cmp-key-none = Thin line: not yet, or no day
cmp-key-guides = The numbers are the guides:
# Under an activity's table: the guides that do not mention it.
cmp-silent = Not stated by:

## Review dates (the content files' `review:`), on pages and printed handouts
page-reviewed = Page last reviewed: { $date }
page-next-review = Next review due: { $date }
handout-version-reviewed = For clinic staff only: content version { $version } · reviewed { $date } · next review due { $next }
handout-version = For clinic staff only: content version { $version }
