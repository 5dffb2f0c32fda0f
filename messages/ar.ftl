# The interface's words in Arabic (Modern Standard Arabic; the patient is addressed
# formally with the respectful plural, "ـكم", which also leaves out his or her gender):
# every sentence, label and heading the program writes, apart from the clinic's own
# content. A site changes any of them by putting a file of the same name in its own
# messages/ folder with just the messages it rewords (Project Fluent syntax:
# https://projectfluent.org/fluent/guide/).
#
# Plurals follow the Arabic plural categories of CLDR: [zero], [one], [two], [few]
# (3 to 10), [many] (11 to 99) and [other] (100 and more). With one and two the number
# is left out, as Arabic says it ("يوم واحد", "يومان"). "Day 0" is written "اليوم صفر"
# in sentences, so that no digit is written into the text by hand.

## Statuses

status-do = مطلوب
status-never = لا يُنصح به
status-not-yet = ليس بعد
status-with-care = بحذر
status-allowed = مسموح

## Days and dates

day-one = اليوم { $day }
days-range = الأيام من { $start } إلى { $end }
days-from = من اليوم { $start }
# The hours after the session on day 0 ("رقم" so that it does not read as a time of day).
hour-one = الساعة رقم { $hour }
hours-range = الساعات من { $start } إلى { $end }
hours-from = من الساعة رقم { $start }
# The dates themselves ("الأربعاء، 2 ديسمبر 2026") are written from the language's Unicode
# CLDR data, weekday and month names included; these messages only join them.
date-range = من { $from } إلى { $to }
date-from = بدءًا من { $date }

## The patient's plan and calendar

call-line = هل لديكم أسئلة؟ تواصلوا مع { $clinic } على الرقم { $phone }.
change-summary-do = { $status }: { $label }
change-summary = { $label }: { $status } بدءًا من اليوم
day-after = اليوم { $day } بعد جلستكم.
until-day = حتى اليوم { $day }.
session-summary = الجلسة { $n } من { $of }: مُخطَّط لها
session-description =
    بعد { $between ->
        [zero] نحو { $between } يوم
        [one] نحو يوم واحد
        [two] نحو يومين
        [few] نحو { $between } أيام
        [many] نحو { $between } يومًا
       *[other] نحو { $between } يوم
    } من الجلسة السابقة. احجزوا موعدها أو غيّروه معنا. بعد هذه الجلسة، تبدأ الخطوات اليومية من جديد من اليوم صفر. { $call }

## Plain text of a patient's plan (`aftercare schedule --text`)

text-title = العناية بعد { $treatment }: تواريخكم
text-day-0 = اليوم صفر هو يوم جلستكم، واليوم الأول هو اليوم الذي يليه.
text-your-days = أيامكم
text-changes = ما الذي يتغير ومتى
text-group = { $date } (اليوم { $day })
text-group-after = { $date } (اليوم { $day } بعد الجلسة { $session })
text-next-sessions =
    جلساتكم القادمة (بين كل جلستين { $between ->
        [zero] نحو { $between } يوم
        [one] نحو يوم واحد
        [two] نحو يومين
        [few] نحو { $between } أيام
        [many] نحو { $between } يومًا
       *[other] نحو { $between } يوم
    })
text-next-session = الجلسة { $n } من { $of }: { $date } (اليوم { $offset })
text-call-if = اتصلوا بنا إذا لاحظتم
text-call = اتصلوا على الرقم { $phone }.
text-call-hours = اتصلوا على الرقم { $phone } ({ $hours }).
session-line-of = الجلسة { $n } من { $of }
session-line-of-final = الجلسة { $n } من { $of } (جلستكم الأخيرة)
session-line-one = جلستكم
session-line = { $which }: { $date }

## The clinic's answer for an activity

answer-never = لا يُنصح به.
answer-never-from = لا يُنصح به بدءًا من اليوم { $day }.
answer-allowed-day-0 = مسموح به من يوم جلستكم نفسه.
answer-care-then-allowed = بحذر من اليوم { $care }. ومسموح تمامًا من اليوم { $allowed }.
answer-allowed = مسموح من اليوم { $allowed }.
answer-care-only = بحذر من اليوم { $care }، ودائمًا بحذر بعد ذلك.
answer-care-from = بحذر من اليوم { $care }.
answer-not-during = ليس خلال فترة الشفاء. اسألونا متى يمكنكم البدء.
answer-days = { $days }.
# Lists of answers (home page, questions page): where the advice changes after the final
# session, that answer first, then the one between sessions.
answer-final-first = بعد جلستكم الأخيرة (أو جلستكم الوحيدة): { $answer }
answer-between = بين الجلسات: { $answer }

## What a guide says

rec-with-care-from = بحذر من اليوم { $day }
rec-from = من اليوم { $day }
rec-no-day = دون تحديد يوم: «{ $words }»
rec-with-words = { $when } («{ $words }»)
cell-final = بعد الجلسة الأخيرة: { $when }
cell-day = اليوم { $day }
cell-care-detail = بحذر من اليوم { $day }
cell-with-care-from = بحذر من اليوم { $day }
cell-then = ثم «{ $words }»
cell-vague = غير محدد
cell-quoted = «{ $words }»
cell-not-stated = لم يُذكر
cell-ordinary-only = للجلسات العادية

## The main menu

nav-home = الرئيسية
nav-days = يومًا بيوم
nav-questions = الأسئلة
nav-compare = مقارنة الأدلة
nav-schedule = جدولكم
nav-handouts = أوراق للطباعة
nav-articles = مقالات

## Templates: base.html (every page)

base-skip = الانتقال إلى المحتوى الرئيسي

## Templates: macros.html (parts shared by several pages)

# Before the list of guides an entry cites: "المصدر: A" or "المصادر: A، B".
macros-sources =
    { $count ->
        [zero] المصادر:
        [one] المصدر:
        [two] المصدران:
        [few] المصادر:
        [many] المصادر:
       *[other] المصادر:
    }
# Hidden for sight, read out before a day number in the lists of days: "اليوم 3".
macros-day = اليوم
macros-phases-days = الأيام
macros-phases-status = الحالة
macros-phases-what = ما يجب فعله
# The short words in the cells of the printed checklist, one per status.
macros-short-not-yet = لا
macros-short-with-care = بحذر
macros-short-do = مطلوب
macros-short-never = أبدًا
macros-short-allowed = نعم

## Templates: partials/header.html, partials/footer.html, partials/contact.html

header-nav-label = القائمة الرئيسية
footer-nav-label = صفحات أخرى
footer-prepare = قبل جلستكم
footer-guides = الأدلة التي قارنّاها
footer-summary = ملخص للطباعة
# Before the clinic's phone number, email address and opening hours.
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-open = ساعات العمل:

## Templates: partials/warning.html, partials/legend.html, partials/qr.html

warning-heading = اتصلوا بنا إذا لاحظتم أيًّا مما يلي:
# Before the clinic's phone number: "اتصلوا على الرقم 01234 567890".
warning-call = اتصلوا على الرقم
legend-label = مفتاح الرموز
qr-scan = امسحوا الرمز لفتح الموقع:

## Templates: index.html (a treatment's home page)

home-day-0 = اليوم صفر هو يوم جلستكم.
home-sessions =
    يحتاج معظم الناس إلى { $sessions ->
        [zero] { $sessions } جلسة
        [one] جلسة واحدة
        [two] جلستين
        [few] { $sessions } جلسات
        [many] { $sessions } جلسة
       *[other] { $sessions } جلسة
    }، وبين كل جلستين { $between ->
        [zero] نحو { $between } يوم
        [one] نحو يوم واحد
        [two] نحو يومين
        [few] نحو { $between } أيام
        [many] نحو { $between } يومًا
       *[other] نحو { $between } يوم
    }. والعناية نفسها بعد كل جلسة.
home-final-differs = بعد الجلسة الأخيرة تتغير بعض الخطوات، وكل صفحة يوم تذكر ما يتغير.
home-find-day = ابحثوا عن يومكم
home-find-day-lead = كم يومًا مضى على جلستكم؟ اختاروا الرقم.
home-all-days = كل الأيام، حسب مراحل الشفاء
home-schedule = أدخلوا تاريخ جلستكم لتروا تواريخكم الخاصة
home-healing = كيف يسير الشفاء
home-later = لاحقًا
home-top-questions = أهم الأسئلة
home-after-final = بعد جلستكم الأخيرة: { $answer }
home-all-questions = كل الأسئلة
home-more = للطباعة والمقارنة والقراءة
home-glance = العناية في لمحة سريعة
home-glance-about = صفحة واحدة للطباعة، فيها أهم القواعد ورقم هاتفنا.
home-checklist = قائمة التحقق اليومية
home-checklist-about = جدول للطباعة تضعون فيه علامة عند كل يوم.
home-compare = مقارنة الأدلة
home-compare-about = ما يقوله كل دليل منشور، إلى جانب نصائحنا.
home-prepare = قبل جلستكم
home-prepare-about = ما يجب فعله في الأيام التي تسبقها.
home-articles = مقالات
home-all-articles =
    { $count ->
        [zero] كل المقالات ({ $count })
        [one] عرض المقال
        [two] عرض المقالين
        [few] كل المقالات ({ $count })
        [many] كل المقالات ({ $count })
       *[other] كل المقالات ({ $count })
    }

## Templates: day.html

day-description = العناية في اليوم { $day } بعد جلسة { $treatment }: ما يجب فعله، وما يجب تجنبه، وما يتغير غدًا.
# Before the name of the healing stage.
day-stage = المرحلة:
day-after-final = بعد جلستكم الأخيرة:
# Hidden for sight, between two statuses: "ليس بعد يصبح بحذر".
day-becomes = يصبح
day-tomorrow = ما يتغير غدًا
day-no-change = لا شيء يتغير غدًا. استمروا كما فعلتم اليوم.
day-last = هذا هو اليوم الأخير في جدول العناية. إذا بقي شيء يقلقكم، اتصلوا بنا.
day-later = لاحقًا
day-pager-label = اليوم السابق واليوم التالي
day-pager = اليوم { $day }
day-jump = انتقلوا إلى يوم آخر

## Templates: days.html

days-title = يومًا بيوم
days-description = كل يوم من أيام الشفاء بعد جلسة { $treatment }، من اليوم صفر إلى اليوم { $last }، حسب المراحل.
days-lead = اليوم صفر هو يوم جلستكم. اختاروا يومًا لتروا ما يجب فعله، وما يجب تجنبه، وما يتغير بعده.

## Templates: activities.html

activities-title = الأسئلة
activities-description = إجابات عن أسئلة شائعة حول العناية بعد { $treatment }.
activities-heading = أسئلتكم
activities-lead = كل إجابة تعدّ الأيام من يوم جلستكم (اليوم صفر). افتحوا أي سؤال لتروا الأسباب، والتفاصيل يومًا بيوم، وما يقوله كل دليل.
activities-after-final = بعد جلستكم الأخيرة: { $answer }

## Templates: activity.html (one question)

activity-our-answer = إجابتنا:
activity-heading = { $label } بعد جلستكم: متى وكيف
activity-in-short = باختصار: { $question }
activity-after-final-label = بعد جلستكم الأخيرة:
activity-answer-final = إجابتنا، بعد جلستكم الأخيرة (أو جلستكم الوحيدة):
activity-between = بين الجلسات، إذا لم تبدأ جلستكم التالية بعد:
activity-why = لماذا هذا مهم
activity-day-by-day = يومًا بيوم
activity-after-final = بعد جلستكم الأخيرة
activity-final-phases = هذه الأيام تحل محل الأيام المذكورة أعلاه، بعد جلستكم الأخيرة فقط.
activity-strip = { $label }: كل يوم في لمحة
activity-strip-lead = اختاروا يومًا لتروا كل ما يخص ذلك اليوم.
activity-after-each = بعد كل جلسة
activity-guides = ما يقوله كل دليل
activity-guides-lead = { $treatment }: الأدلة المنشورة التي قارنّا بينها، وما يقوله كل منها.
# After the guides' disagreement: "… اخترنا الأيام المذكورة أعلاه؛ انظروا المقارنة."
activity-disagree = اخترنا الأيام المذكورة أعلاه؛ انظروا
activity-disagree-link = المقارنة
activity-guide-sooner = يسمح هذا الدليل بذلك في وقت أبكر. نحن ننتظر حتى اليوم { $day }، كما تفعل أكثر الأدلة حرصًا، لحماية الصبغة.
activity-final-only = بعد الجلسة الأخيرة فقط
activity-condition = الشرط: { $condition }
activity-day-numbers = أرقام الأيام: { $numbers }
activity-not-mentioned = هذا الدليل لا يذكر ذلك.
activity-read-more = لمعرفة المزيد

## Templates: articles.html, article.html

articles-title = مقالات
articles-description = مقالات قصيرة عن الشفاء والعناية من { $clinic }.
articles-none = لا توجد مقالات بعد.
article-related = أسئلة ذات صلة
article-more = مزيد من المقالات
article-all =
    { $count ->
        [zero] كل المقالات ({ $count })
        [one] عرض المقال
        [two] عرض المقالين
        [few] كل المقالات ({ $count })
        [many] كل المقالات ({ $count })
       *[other] كل المقالات ({ $count })
    }

## Templates: compare.html

compare-title = مقارنة الأدلة
compare-description = ما يقوله كل دليل منشور عن العناية بعد { $treatment }، إلى جانب نصائحنا.
# "تختلف الأدلة في 3 من أصل 12 نشاطًا؛ وعلى هذه الصفوف علامة ⚠ الأدلة مختلفة."
compare-disagree-on = تختلف الأدلة في
compare-disagree-of =
    من أصل { $total ->
        [zero] { $total } نشاط
        [one] نشاط واحد
        [two] نشاطين
        [few] { $total } أنشطة
        [many] { $total } نشاطًا
       *[other] { $total } نشاط
    }؛ وعلى هذه الصفوف علامة
compare-disagree-mark = الأدلة مختلفة
compare-our-advice = نصيحتنا
compare-after-final = بعد جلستكم الأخيرة: { $answer }
compare-how-we-chose = كيف اخترنا أيامنا

## Templates: guide.html (one guide)

guide-description = ما يقوله «{ $guide }» عن العناية بعد { $treatment }، إلى جانب قواعدنا.
guide-counting = كيف يعدّ هذا الدليل الأيام
guide-counting-ours = في هذا الموقع، اليوم صفر هو يوم جلستكم.
guide-recommends = ما ينصح به
guide-activity = النشاط
guide-says = ما يقوله
guide-when = متى
guide-our-rule = قاعدتنا
guide-difference = الفرق
guide-condition = الشرط: { $condition }
guide-day-numbers = أرقام الأيام: { $numbers }
guide-final-only = بعد الجلسة الأخيرة فقط
guide-after-final = بعد جلستكم الأخيرة: { $answer }
guide-same = اليوم نفسه الذي نحدده نحن.
guide-why-we-differ = لماذا نختلف:
guide-not-mentioned = ما لا يذكره الدليل
guide-silent = هذا الدليل لا يقول شيئًا عن:
guide-covers-all = يتناول هذا الدليل كل نشاط في قائمتنا.
guide-compare-all = قارنوا كل الأدلة جنبًا إلى جنب

## Templates: guides.html

guides-title = الأدلة التي قارنّاها
guides-description = أدلة العناية المنشورة التي تستند إليها نصائحنا، وكيف اخترنا أيامنا عندما تختلف.
guides-lead = تستند نصائحنا إلى هذه الأدلة المنشورة. كل صفحة تعرض ما يقوله الدليل، إلى جانب قاعدتنا.
guides-count =
    { $count ->
        [zero] { $count } توصية
        [one] توصية واحدة
        [two] توصيتان
        [few] { $count } توصيات
        [many] { $count } توصية
       *[other] { $count } توصية
    }
# After guides-count: "12 توصية، 3 منها بلا رقم يوم."
guides-vague = { $count } منها بلا رقم يوم
guides-how-we-chose = كيف اخترنا أيامنا
guides-compare-all = عرض كل الأدلة جنبًا إلى جنب

## Templates: 404.html

notfound-title = الصفحة غير موجودة
notfound-lead = عذرًا، هذه الصفحة غير موجودة. ربما نُقلت إلى مكان آخر.
notfound-home = الصفحة الرئيسية
notfound-find-day = ابحثوا عن يومكم
notfound-questions = كل الأسئلة
# Before the clinic's phone number.
notfound-call = هل أنتم قلقون بشأن سير الشفاء؟ اتصلوا بنا على الرقم

## Templates: handout-checklist.html

checklist-title = قائمة التحقق اليومية
checklist-description = قائمة تحقق يومية للطباعة، للعناية بعد { $treatment }، من اليوم صفر إلى اليوم { $last }.
checklist-heading = قائمة التحقق اليومية للعناية
checklist-phone = الهاتف
# Followed by the key: each status with its short word (the macros-short-* messages).
checklist-care-means = «بحذر» تعني أنه مسموح، ولكن برفق وفقط بالطريقة التي تشرحها القائمة تحت الجدول.
checklist-care-means-routine = «بحذر» تعني أنه مسموح، ولكن برفق وفقط بالطريقة التي تشرحها خطوات عنايتكم والقائمة تحت الجدول.
checklist-intro = اليوم صفر هو يوم جلستكم. اكتبوا التاريخ بجانب كل يوم، وضعوا علامة عند انتهائه. مفتاح الرموز:
checklist-caption = ما يمكنكم فعله في كل يوم بعد جلستكم
checklist-day = اليوم
checklist-date = التاريخ
checklist-done = تم
# "* بعد جلستكم الأخيرة تبقى القاعدة أشد …", with "الأخيرة" in bold.
checklist-final-before = بعد جلستكم
checklist-final-word = الأخيرة
checklist-final-after = تبقى القاعدة أشد في ذلك اليوم: انظروا الأسطر المعلَّمة «* بعد جلستكم الأخيرة» تحت الجدول.
checklist-call = هل أنتم قلقون؟ اتصلوا على الرقم
checklist-others = الأنشطة الأخرى: ما ينطبق في كل يوم
checklist-how = ما تطلبه منكم علامات الجدول

## Templates: handout-glance.html

glance-title = العناية في لمحة سريعة
glance-description = ملخص للطباعة في صفحة واحدة عن العناية بعد { $treatment }، مع رقم هاتفنا.
glance-heading = العناية بعد { $treatment } في لمحة سريعة
glance-phone = الهاتف
glance-session-date = اليوم صفر هو يوم جلستكم، واليوم 4 يأتي بعده بأربعة أيام، وهكذا. تاريخ جلستي:
# "هذه الصفحة مُعدّة للطباعة … انظروا طريقة الطباعة."
glance-print = هذه الصفحة مُعدّة للطباعة على ورقة واحدة (A4 أو Letter). انظروا
glance-print-link = طريقة الطباعة
glance-healing = كيف يسير الشفاء
glance-pictures = بالصور: الشفاء الطبيعي، وكيف تفعلون ذلك
glance-first-hours = الساعات الأولى
glance-not-yet = ليس بعد
glance-from = (من اليوم { $day })
glance-from-date = (من اليوم { $day }: { $date })
glance-nothing-off-limits = لا شيء ممنوع في يوم جلستكم.
glance-with-care = بحذر
glance-no-care = في يوم جلستكم، كل شيء آخر إما «ليس بعد» وإما «مسموح».
glance-tick-days = ضعوا علامة في مربع كل يوم:
glance-changes = ما الذي يتغير ومتى
glance-changes-sessions = ما الذي يتغير ومتى، بعد كل جلسة
glance-changes-lead = إلى أن يحين يومه، يبقى كل منها غير مسموح بعد.
glance-milestone-day = اليوم { $day }:
glance-milestone-date = اليوم { $day } ({ $date }):
glance-later = لاحقًا

## Templates: handout-dated.html (the patient's dated plan, `aftercare schedule`)

dated-title = تواريخ العناية بعد { $treatment }
dated-phone = الهاتف
dated-session-of = الجلسة { $n } من { $of }
dated-session-final = (جلستكم الأخيرة)
dated-session-one = جلستكم
dated-day-0 = اليوم صفر هو يوم جلستكم، واليوم الأول هو اليوم الذي يليه.
dated-days = أيامكم
dated-caption = تاريخ كل يوم من أيام الشفاء
dated-day = اليوم
dated-date = التاريخ
dated-stage = المرحلة
dated-changes = ما الذي يتغير ومتى
dated-group = { $date } (اليوم { $day }):
dated-group-after = { $date } (اليوم { $day } بعد الجلسة { $session }):
dated-restart = تبدأ الخطوات اليومية من جديد من اليوم صفر
dated-next = جلساتكم القادمة
dated-next-session = الجلسة { $n } من { $of }:
dated-next-date =
    { $date } (بين كل جلستين { $between ->
        [zero] نحو { $between } يوم
        [one] نحو يوم واحد
        [two] نحو يومين
        [few] نحو { $between } أيام
        [many] نحو { $between } يومًا
       *[other] نحو { $between } يوم
    })

## Templates: handouts.html

handouts-title = أوراق للطباعة
handouts-description = أوراق عناية للطباعة: ملخص في صفحة واحدة، وقائمة تحقق يومية.
handouts-heading = أوراق للطباعة
handouts-lead = اطبعوها وضعوها على الثلاجة أو بجانب المرآة.
handouts-glance = العناية في لمحة سريعة
handouts-glance-about = صفحة واحدة: كيف يسير الشفاء، وما يجب تجنبه، ومتى يُسمح بالأشياء من جديد، ومتى تتصلون بنا.
handouts-checklist = قائمة التحقق اليومية
handouts-checklist-about = صفحة أو صفحتان: صف لكل يوم من اليوم صفر إلى اليوم { $last }، مع مكان لكتابة التاريخ ووضع علامة عند كل يوم.
handouts-how = طريقة الطباعة
handouts-step-open = افتحوا الورقة التي تريدونها.
# Written as HTML (the <kbd> marks are keys): escape & < > as &amp; &lt; &gt;.
handouts-step-print = استخدموا أمر «طباعة» في المتصفح: اضغطوا <kbd>Ctrl</kbd> + <kbd>P</kbd> (على جهاز Mac: <kbd>⌘</kbd> + <kbd>P</kbd>)، أو اختاروا «طباعة» من قائمة المتصفح. على الهاتف، ابحثوا عن «طباعة» ضمن «مشاركة».
handouts-step-paper = اختاروا ورق A4 أو Letter. لا تظهر القوائم والروابط في النسخة المطبوعة.
handouts-step-colours = فعّلوا خيار «رسومات الخلفية» لطباعة الألوان. والكلمات والرموز تكفي من دونها.
handouts-no-printer = ليست لديكم طابعة؟ يسعدنا أن نعطيكم نسخة مطبوعة في جلستكم.

## Templates: prepare.html

prepare-title = قبل جلستكم
prepare-description = كيف تستعدون لجلسة { $treatment }، خطوة بخطوة.
prepare-lead = بعض الخطوات البسيطة قبل جلستكم تساعدكم على الشفاء جيدًا بعدها.
prepare-why = السبب:
# Before the clinic's phone number.
prepare-call = هل لديكم أسئلة قبل الحضور؟ اتصلوا على الرقم
prepare-day-0 = ما يحدث في يوم جلستكم (اليوم صفر)

## Templates: schedule.html

schedule-title = جدولكم
schedule-description = أدخلوا تاريخ جلسة { $treatment } لتعرفوا في أي يوم من الشفاء أنتم، ولتروا تواريخكم، ولتحصلوا على ملف تقويم.
schedule-lead = أدخلوا تاريخ جلستكم. تُظهر هذه الصفحة في أي يوم من الشفاء أنتم اليوم، والتاريخ الذي يُسمح فيه بكل خطوة من جديد، وتعطيكم ملفًا لتقويم هاتفكم.
schedule-legend = جلستكم
schedule-date-label = تاريخ جلستكم (اليوم صفر)
schedule-session-label = أي جلسة كانت؟
schedule-session-of = الجلسة { $n } من { $of }
schedule-session-final = (الأخيرة)
schedule-remember = حفظ هذا التاريخ على هذا الجهاز
schedule-remind = ملف التقويم: تذكيري في الساعة التاسعة صباحًا، في اليوم السابق لكل خطوة
schedule-show = عرض تواريخي
schedule-forget = حذف تاريخي
# The quoted words are the message schedule-remember.
schedule-privacy = يبقى تاريخكم على هذا الجهاز. لا يُرسَل إلى أي مكان، ولا يُحفظ إلا إذا وضعتم علامة على «حفظ هذا التاريخ».
schedule-by-hand = احسبوا يومكم بأنفسكم
schedule-nojs = أداة التاريخ أعلاه تحتاج إلى JavaScript. إذا لم تعمل في متصفحكم، يمكنكم مع ذلك متابعة شفائكم يومًا بيوم:
schedule-by-hand-1 = يوم جلستكم هو اليوم صفر. واليوم الذي يليه هو اليوم الأول، وهكذا.
schedule-by-hand-2 = عدّوا الأيام من جلستكم حتى اليوم. هذا الرقم هو يومكم.
schedule-by-hand-3 = افتحوا صفحة ذلك اليوم في الأسفل. ستجدون فيها ما يمكنكم فعله اليوم، وما يتغير غدًا.
# "هل تفضلون الورق؟ اطبعوا الملخص في صفحة واحدة أو قائمة التحقق اليومية واكتبوا …" (two links).
schedule-paper = هل تفضلون الورق؟ اطبعوا
schedule-paper-summary = الملخص في صفحة واحدة
schedule-paper-or = أو
schedule-paper-checklist = قائمة التحقق اليومية
schedule-paper-end = واكتبوا تواريخكم عليها. ويمكننا في العيادة طباعة نسخة مكتوب فيها تواريخكم.

## Templates: treatments.html (the home page of a site with several treatments)

treatments-lead = اختاروا علاجكم لتروا العناية يومًا بيوم.
treatments-articles = مقالات
treatments-all-articles =
    { $count ->
        [zero] كل المقالات ({ $count })
        [one] عرض المقال
        [two] عرض المقالين
        [few] كل المقالات ({ $count })
        [many] كل المقالات ({ $count })
       *[other] كل المقالات ({ $count })
    }
# Written as HTML: escape & < > as &amp; &lt; &gt;.
treatments-signs = صفحات كل علاج تذكر العلامات التي يجب الانتباه إليها.

## The "Your schedule" page's script (theme/schedule.js fills the { $placeholders })

# The script fills these placeholders in the browser, after the build: a selector on them
# would always take its default variant. So the messages with a number are worded so that
# the noun does not change with the number ("عدد الأيام …: { $n }").
js-session-in-one-day = عدد الأيام المتبقية على جلستكم: { $n }
js-session-in-days = عدد الأيام المتبقية على جلستكم: { $n }
js-today-is-day = أنتم اليوم في اليوم { $day }
js-today-is-day-after = أنتم اليوم في اليوم { $day } بعد الجلسة { $session }
js-session-was-on = كانت جلستكم في { $date }.
js-session-is-on = موعد جلستكم في { $date }.
js-open-day = افتحوا صفحة اليوم { $day }
js-how-to-prepare = كيف تستعدون
js-pages-end = صفحات الأيام تنتهي عند اليوم { $day }: لقد انتهت فترة الشفاء.
js-next-sessions = جلساتكم القادمة
js-next-session = الجلسة { $n } من { $of }: { $date } (عدد الأيام بين كل جلستين: نحو { $between })
js-changes = ما الذي يتغير ومتى
js-group = { $date } (اليوم { $day })
js-group-after = { $date } (اليوم { $day } بعد الجلسة { $session })
js-starts-again = . تبدأ الخطوات اليومية من جديد من اليوم صفر.
js-download = تنزيل ملف التقويم (.ics)
js-download-help = يضيف الملف حدثًا ليوم كامل لكل تاريخ مما سبق. افتحوه، أو استوردوه في تطبيق التقويم لديكم.

## Day pages' script (theme/today.js)

today-is-your-day = أنتم اليوم في اليوم { $day }.
today-go-to-day = الانتقال إلى اليوم { $day }
today-day-date = ({ $date })
today-other-day = أنتم تقرؤون صفحة اليوم { $page }. أنتم اليوم في اليوم { $day }.
today-day-range = (من { $from } إلى { $to })
# Beside a "from day N" on or after the next session of the course (today.js): no date,
# because that session starts the count again.
today-later = (لا تاريخ بعد: جلستكم القادمة تأتي أولًا وتبدأ العدّ من جديد)
# Beside a "from day N" that only comes after the final session of the course (today.js):
# the date worked out from the planned final session, of the day the rule gets there after
# it ($day: the sun may wait longer after the final session).
today-after-final = (نحو { $date }، بعد { $day } يومًا من جلستكم الأخيرة المقررة في { $planned })
# Beside a "from day N" when the patient is in their final session and, after it, the rule
# gets there on a later day ($day, its date $date): "from day 14" is not theirs.
today-final-from = (بعد جلستكم الأخيرة: من اليوم { $day }، { $date })
# Under the "each day at a glance" grids (today.js): how today's day is marked.
today-in-strip = اليوم، يومكم { $day }، محاط بإطار سميك.

## Languages: the switcher on every page of a site in several languages

# The language's name in itself, as the switcher shows it.
language-name = العربية
languages-label = اللغات
# On a page whose text is not all translated yet; $language is the default language's name.
translation-missing = لم تُترجم هذه الصفحة كاملةً بعد. بعض أجزائها باللغة { $language }.

## QR codes on printed handouts (read out by screen readers)

qr-site = رمز QR: موقع الرعاية هذا
qr-days = رمز QR: صفحات الرعاية يومًا بيوم على موقعنا
qr-dates = رمز QR: مواعيدكم على موقعنا

## Punctuation between the items of a list ("12 not yet, 4 with care"; a semicolon between longer items)

list-separator = {"، "}
list-separator-strong = {"؛ "}
list-separator-items = {"، "}

## Getting help (partials/warning.html): on every page and both handouts, with the
## header's phone number.

urgent-heading = طلب المساعدة
urgent-call-us = اتصلوا بنا على
urgent-closed = عندما نكون مغلقين، اتصلوا بـ { $name } على
urgent-closed-call = عندما نكون مغلقين، اتصلوا على
urgent-emergency = في حالة الطوارئ، اتصلوا على
urgent-emergency-named = في حالة الطوارئ، اتصلوا بـ { $name } على
header-call = اتصلوا بنا

## The day pages (day.html): what to do today first.

day-heading = اليوم { $day } بعد جلستكم: ما يجب فعله وما يجب تجنبه
day-heading-0 = اليوم 0، يوم جلستكم: ما يجب فعله وما يجب تجنبه
day-zero-means = اليوم 0 هو يوم جلستكم، فاليوم 4 يأتي بعده بأربعة أيام، وهكذا.
day-count-help = اليوم 0 هو يوم جلستكم، فاليوم { $day } يأتي بعده { $day ->
    [one] بيوم واحد
    [two] بيومين
    [few] بـ{ $day } أيام
   *[other] بـ{ $day } يومًا
}.
# On the pages of a treatment with more than one session: each session is a new day 0.
count-restarts = إذا كانت لديكم أكثر من جلسة، يبدأ العدّ من جديد من اليوم 0 في يوم كل جلسة.
checklist-sessions = في كل جلسة، ابدؤوا ورقة جديدة: يصبح ذلك اليوم هو اليوم 0 من جديد. إذا كانت جلستكم التالية في اليوم { $day }، فالصفوف من اليوم { $day } فصاعدًا لا تنطبق إلا بعد جلستكم الأخيرة.
# Under a picture of a step of the care routine, on the printed checklist.
checklist-step-picture = الخطوة { $step }
glance-sessions = في كل جلسة، اكتبوا تاريخها هنا وابدؤوا العدّ من اليوم 0 من جديد. إذا كانت جلستكم التالية في اليوم { $day }، فما تقوله هذه الورقة من اليوم { $day } فصاعدًا لا ينطبق إلا بعد جلستكم الأخيرة.
day-own-dates = اعرفوا تواريخكم الخاصة
day-in-short = اليوم باختصار: ما عليكم فعله
day-short-todo = ما عليكم فعله اليوم:
day-short-key = الأهم اليوم:
day-key-heading = الأهم اليوم
day-key-until = يتغير هذا في اليوم { $day }
day-key-until-end = .
day-routine-heading = عنايتكم اليوم، خطوة بخطوة
day-routine-step = العناية، الخطوة { $n }
day-for-good = ولا لاحقًا أيضًا
glance-key = الأهم في الأيام الأولى
glance-routine = عنايتكم، خطوة بخطوة
glance-for-good = ولا لاحقًا أيضًا
glance-final-from = (من اليوم { $day } بعد جلستكم الأخيرة)
glance-final-only = بعد جلستكم الأخيرة فقط (آخر جلسة في العلاج):
glance-final-only-marked = بعد جلستكم الأخيرة فقط (آخر جلسة في العلاج)، بدلًا من السطر المشار إليه أعلاه:
glance-final-differs = (ليس بعد جلستكم الأخيرة: انظروا أدناه)
day-short-nothing-todo = لا شيء خاص لفعله اليوم. تابعوا النصائح أدناه.
day-short-new = الجديد اليوم:
day-short-first = كل شيء يبدأ اليوم: الأيام الأولى هي الأهم.
day-short-no-new = لا جديد اليوم: استمروا كما في الأمس.
day-short-all-allowed = لم يعد أي شيء في القائمة ممنوعًا.
day-todo-heading = ما عليكم فعله اليوم
day-todo-lead = ضعوا علامة على كل خطوة عند القيام بها. تبقى العلامات على هذا الجهاز حتى نهاية اليوم.
day-new = جديد اليوم
day-not-yet-lead = افتحوا كل بند لمعرفة ما تفعلونه بدلًا منه، ومتى يُسمح به.
day-never-lead = افتحوا كل بند لمعرفة السبب وما تفعلونه بدلًا منه.
day-see-key = انظروا «{ day-key-heading }» في الأعلى.
day-from = من اليوم { $day }
# Beside it, where the final session makes the patient wait longer (the day after the final session).
day-from-final = ؛ بعد جلستكم الأخيرة، من اليوم { $day }
day-more-about = المزيد عن { $activity }
day-normal = ما هو طبيعي الآن
day-sources = من أين تأتي هذه النصائح
day-sources-lead = تتبع كل خطوة دليلًا أو أكثر من الأدلة المنشورة التي قارنّاها. لا تحتاجونها لاتباع هذه الصفحة.
day-short-more = وغير ذلك (انظروا أدناه)
day-short-help = هل يقلقكم شيء؟ اعرفوا متى تتصلون بنا.
day-short-not-yet = { $count ->
    [zero] { $label }:
    [one] { $label }:
   *[other] { $label } ({ $count })، مثل:
}
day-allowed-heading = { $label } اليوم

## The schedule page's date: three fields (day, month, year), in the language's order.

schedule-date-help = اكتبوا اليوم والشهر والسنة بالأرقام. مثلًا 3 لشهر مارس.
schedule-date-day = اليوم
schedule-date-month = الشهر
schedule-date-year = السنة
js-bad-date = أدخلوا تاريخًا صحيحًا: اليوم والشهر والسنة بالأرقام.

## ---- comparison (cmp branch): guide pages, compare.html, activity pages ----

# On a guide page, one sentence per threshold. $step is "care" (the first day with care),
# "full" (the first day without limits) or "day" (neither side has a with-care stage, so
# there is one day to compare). Day numbers here are ordinal ("اليوم 4"): no plural forms.
cmp-sooner = { $step ->
        [care] نسمح به بحذر في وقت أبكر: اليوم { $ours }، لا اليوم { $theirs }.
        [full] نسمح به دون قيود في وقت أبكر: اليوم { $ours }، لا اليوم { $theirs }.
       *[day] نسمح به في وقت أبكر: اليوم { $ours }، لا اليوم { $theirs }.
    }
cmp-later = { $step ->
        [care] ننتظر مدة أطول قبل السماح به بحذر: اليوم { $ours }، لا اليوم { $theirs }.
        [full] ننتظر مدة أطول قبل السماح به دون قيود: اليوم { $ours }، لا اليوم { $theirs }.
       *[day] ننتظر مدة أطول: اليوم { $ours }، لا اليوم { $theirs }.
    }
cmp-same = { $step ->
        [care] اليوم نفسه بحذر: اليوم { $day }.
        [full] اليوم نفسه دون قيود: اليوم { $day }.
       *[day] اليوم نفسه: اليوم { $day }.
    }
cmp-guide-silent = { $step ->
        [care] لا يذكر الدليل يومًا للبدء بحذر؛ ونحن نقول اليوم { $ours }.
        [full] لا يذكر الدليل يومًا للقيام به دون قيود؛ ونحن نقول اليوم { $ours }.
       *[day] لا يذكر الدليل يومًا محددًا؛ ونحن نقول اليوم { $ours }.
    }
cmp-ours-never = { $step ->
        [care] لا نسمح به خلال فترة الشفاء؛ والدليل يقول اليوم { $theirs }.
        [full] نُبقيه محدودًا طوال فترة الشفاء؛ والدليل يرفع القيود من اليوم { $theirs }.
       *[day] نُبقيه محدودًا طوال فترة الشفاء؛ والدليل يقول اليوم { $theirs }.
    }
cmp-guide-no-day = لا يذكر الدليل يومًا محددًا.
cmp-ours-no-day = لا تحدد قاعدتنا يومًا يُسمح به ابتداءً منه.
# "Guides disagree: day 3 to day 4 with care, day 3 to day 10 without limits"
disagree-every = الأدلة مختلفة: { $spread }
disagree-final = بعد الجلسة الأخيرة، الأدلة مختلفة: { $spread }
disagree-care = من اليوم { $low } إلى اليوم { $high } بحذر
disagree-full = من اليوم { $low } إلى اليوم { $high } دون قيود
disagree-days = من اليوم { $low } إلى اليوم { $high }
# compare.html: one line of days per activity (an inline picture), opened for the words.
# The line of days runs left to right (day 0 on the left) on every page.
cmp-lead = كل نشاط خطٌّ من الأيام، يبدأ باليوم صفر (يوم الجلسة) على اليسار. افتحوا أي نشاط لقراءة ما يقوله كل دليل.
# The clinic's own lane in each picture: keep it short (about 8 letters at most).
cmp-lane-ours = نحن
cmp-axis-day = اليوم
cmp-chart-final = بعد الجلسة الأخيرة
cmp-key-title = كيف تُقرأ الخطوط
cmp-key-ours = نحن: نصيحتنا، الخط العريض
cmp-key-care = خط متقطع: بحذر
cmp-key-full = خط متصل: دون قيود
cmp-key-none = خط رفيع: ليس بعد، أو لا يوم محدد
cmp-key-guides = الأرقام هي الأدلة:
# Under an activity's table: the guides that do not mention it.
cmp-silent = لم تذكره:

## Review dates (the content files' `review:`), on pages and printed handouts
page-reviewed = آخر مراجعة: { $date }
page-next-review = المراجعة القادمة: { $date }
handout-version-reviewed = لموظفي العيادة فقط: إصدار المحتوى { $version } · روجع في { $date } · المراجعة القادمة في { $next }
handout-version = لموظفي العيادة فقط: إصدار المحتوى { $version }
