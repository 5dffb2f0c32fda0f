# The interface's words in Spanish (Spain, formal "usted"): every sentence, label and
# heading the program writes, apart from the clinic's own content. A site changes any of
# them by putting a file of the same name in its own messages/ folder with just the
# messages it rewords (Project Fluent syntax: https://projectfluent.org/fluent/guide/).

## Statuses

status-do = Por hacer
status-never = No recomendado
status-not-yet = Todavía no
status-with-care = Con cuidado
status-allowed = Permitido

## Days and dates

day-one = Día { $day }
days-range = Días { $start } a { $end }
days-from = Desde el día { $start }
hour-one = Hora { $hour }
hours-range = Horas { $start } a { $end }
hours-from = Desde la hora { $start }
# The dates themselves are written from the language's Unicode CLDR data, weekday and
# month names included; these messages only join them.
# "del sábado, 5 de diciembre al lunes, 7 de diciembre de 2026" (a cell of the table of dates)
date-range = del { $from } al { $to }
# "desde el viernes, 4 de diciembre de 2026" (a cell of the table of dates)
date-from = desde el { $date }

## The patient's plan and calendar

call-line = ¿Tiene alguna duda? Llame a { $clinic } al { $phone }.
change-summary-do = { $status }: { $label }
change-summary = { $label }: { $status } desde hoy
day-after = Día { $day } después de su sesión.
until-day = Hasta el día { $day }.
session-summary = Sesión { $n } de { $of }: prevista
session-description =
    { $between ->
        [one] { $between } día
       *[other] Unos { $between } días
    } después de la sesión anterior. Pida cita o cámbiela con nosotros. Después de esa sesión, los pasos día a día vuelven a empezar desde el día 0. { $call }

## Plain text of a patient's plan (`aftercare schedule --text`)

text-title = { $treatment }: sus fechas de cuidados
text-day-0 = El día 0 es el día de su sesión; el día 1 es el día siguiente.
text-your-days = SUS DÍAS
text-changes = QUÉ CAMBIA Y CUÁNDO
# The day number comes first, so that the line starts with a capital letter (the weekday
# of the date is written in lower case).
text-group = Día { $day } ({ $date })
text-group-after = Día { $day } tras la sesión { $session } ({ $date })
text-next-sessions =
    { $between ->
        [one] SUS PRÓXIMAS SESIONES (con { $between } día de separación)
       *[other] SUS PRÓXIMAS SESIONES (con unos { $between } días de separación)
    }
text-next-session = Sesión { $n } de { $of }: { $date } (día { $offset })
text-call-if = LLÁMENOS SI NOTA
text-call = Llame al { $phone }.
text-call-hours = Llame al { $phone } ({ $hours }).
session-line-of = Sesión { $n } de { $of }
session-line-of-final = Sesión { $n } de { $of } (su última sesión)
session-line-one = Su sesión
session-line = { $which }: { $date }

## The clinic's answer for an activity

answer-never = No lo recomendamos.
answer-never-from = No lo recomendamos a partir del día { $day }.
answer-allowed-day-0 = Puede hacerlo desde el día de su sesión.
answer-care-then-allowed = Con cuidado desde el día { $care }. Totalmente permitido desde el día { $allowed }.
answer-allowed = Permitido desde el día { $allowed }.
answer-care-only = Con cuidado desde el día { $care }, y siempre con cuidado después.
answer-care-from = Con cuidado desde el día { $care }.
answer-not-during = Mientras se cura, no. Pregúntenos cuándo puede empezar.
answer-days = { $days }.
# Lists of answers (home page, questions page): where the advice changes after the final
# session, that answer first, then the one between sessions.
answer-final-first = Después de su última sesión (o de su única sesión): { $answer }
answer-between = Entre sesiones: { $answer }

## What a guide says

rec-with-care-from = con cuidado desde el día { $day }
rec-from = permitido desde el día { $day }
rec-no-day = sin día concreto: «{ $words }»
rec-with-words = { $when } («{ $words }»)
cell-final = Después de la última sesión: { $when }
cell-day = Día { $day }
cell-care-detail = con cuidado desde el día { $day }
cell-with-care-from = Con cuidado desde el día { $day }
cell-then = y luego «{ $words }»
cell-vague = Impreciso
cell-quoted = «{ $words }»
cell-not-stated = No lo dice
cell-ordinary-only = en las sesiones normales

## The main menu

nav-home = Inicio
nav-days = Día a día
nav-questions = Preguntas
nav-compare = Comparar guías
nav-schedule = Su calendario
nav-handouts = Hojas para imprimir
nav-articles = Artículos

## Templates: base.html (every page)

base-skip = Saltar al contenido principal

## Templates: macros.html (parts shared by several pages)

# Before the list of guides an entry cites: "Fuente: A" or "Fuentes: A, B".
macros-sources =
    { $count ->
        [one] Fuente:
       *[other] Fuentes:
    }
# Hidden for sight, read out before a day number in the lists of days: "Día 3".
macros-day = Día
macros-phases-days = Días
macros-phases-status = Estado
macros-phases-what = Qué hacer
# The short words in the cells of the printed checklist, one per status (one word each).
macros-short-not-yet = No
macros-short-with-care = Cuidado
macros-short-do = Hacer
macros-short-never = Nunca
macros-short-allowed = Sí

## Templates: partials/header.html, partials/footer.html, partials/contact.html

header-nav-label = Principal
footer-nav-label = Más páginas
footer-prepare = Antes de su sesión
footer-guides = Las guías que hemos comparado
footer-summary = Resumen para imprimir
# Before the clinic's phone number, email address and opening hours.
contact-phone = Teléfono
contact-email = Correo electrónico
contact-open = Horario:

## Templates: partials/warning.html, partials/legend.html, partials/qr.html

warning-heading = Llámenos si nota alguno de estos signos:
# Before the clinic's phone number: "Llame al 01234 567890".
warning-call = Llame al
legend-label = Leyenda
qr-scan = Escanee para ver la web:

## Templates: index.html (a treatment's home page)

home-day-0 = El día 0 es el día de su sesión.
home-sessions =
    { $sessions ->
        [one] Lo normal es hacer { $sessions } sesión
       *[other] Lo normal es hacer { $sessions } sesiones
    }, con { $between ->
        [one] { $between } día
       *[other] unos { $between } días
    } de separación. Los cuidados son los mismos tras cada una.
home-final-differs = Después de la última sesión cambian algunos pasos; cada página del día le indica cuáles.
home-find-day = Busque su día
home-find-day-lead = ¿Cuántos días han pasado desde su sesión? Elija ese número.
home-all-days = Todos los días, por etapas de la curación
home-schedule = Escriba la fecha de su sesión para ver sus propias fechas
home-healing = Cómo va la curación
home-later = Más adelante
home-top-questions = Preguntas más frecuentes
home-after-final = Después de su última sesión: { $answer }
home-all-questions = Todas las preguntas
home-more = Imprimir, comparar y leer
home-glance = Los cuidados de un vistazo
home-glance-about = Una página para imprimir con las normas principales y nuestro teléfono.
home-checklist = Lista día a día
home-checklist-about = Una tabla para imprimir y marcar cada día.
home-compare = Comparar las guías
home-compare-about = Qué dice cada guía publicada, junto a nuestros consejos.
home-prepare = Antes de su sesión
home-prepare-about = Qué hacer los días antes.
home-articles = Artículos
home-all-articles =
    { $count ->
        [one] Ver el artículo
       *[other] Ver los { $count } artículos
    }

## Templates: day.html

day-description = Cuidados del día { $day } después de su sesión de { $treatment }: qué hacer, qué evitar y qué cambia mañana.
# Before the name of the healing stage.
day-stage = Etapa:
day-after-final = Después de su última sesión:
# Hidden for sight, between two statuses: "Todavía no pasa a Con cuidado".
day-becomes = pasa a
day-tomorrow = Qué cambia mañana
day-no-change = Mañana no cambia nada. Siga igual que hoy.
day-last = Este es el último día del calendario de cuidados. Si algo todavía le preocupa, llámenos.
day-later = Más adelante
day-pager-label = Día anterior y día siguiente
day-pager = Día { $day }
day-jump = Ir a otro día

## Templates: days.html

days-title = Día a día
days-description = Cada día de la curación después de su sesión de { $treatment }, del día 0 al día { $last }, por etapas.
days-lead = El día 0 es el día de su sesión. Elija un día para ver qué hacer, qué evitar y qué cambia después.

## Templates: activities.html

activities-title = Preguntas
activities-description = Respuestas a las preguntas más frecuentes sobre los cuidados después de una sesión de { $treatment }.
activities-heading = Sus preguntas
activities-lead = Cada respuesta cuenta los días desde su sesión (día 0). Abra una pregunta para ver los motivos, el detalle día a día y lo que dice cada guía.
activities-after-final = Después de su última sesión: { $answer }

## Templates: activity.html (one question)

activity-our-answer = Nuestra respuesta:
activity-heading = { $label } después de su sesión: cuándo y cómo
activity-in-short = En resumen: { $question }
activity-after-final-label = Después de su última sesión:
activity-answer-final = Nuestra respuesta, después de su última sesión (o de su única sesión):
activity-between = Entre sesiones, si su siguiente sesión aún no ha empezado:
activity-why = Por qué es importante
activity-day-by-day = Día a día
activity-after-final = Después de su última sesión
activity-final-phases = Estos días sustituyen a los de arriba, pero solo después de su última sesión.
activity-strip = { $label }: cada día de un vistazo
activity-strip-lead = Elija un día para ver todo lo de ese día.
activity-after-each = Después de cada sesión
activity-guides = Qué dice cada guía
activity-guides-lead = { $treatment }: las guías publicadas que comparamos, y lo que dice cada una.
# After the guides' disagreement: "… Hemos elegido los días de arriba; vea la comparación."
activity-disagree = Hemos elegido los días de arriba; vea
activity-disagree-link = la comparación
activity-guide-sooner = Esta guía lo permite antes. Nosotros esperamos hasta el día { $day }, como las guías más prudentes, para proteger el pigmento.
activity-final-only = Solo después de la última sesión
activity-condition = Condición: { $condition }
activity-day-numbers = Números de día: { $numbers }
activity-not-mentioned = Esta guía no lo menciona.
activity-read-more = Para saber más

## Templates: articles.html, article.html

articles-title = Artículos
articles-description = Artículos breves de { $clinic } sobre la curación y los cuidados.
articles-none = Todavía no hay artículos.
article-related = Preguntas relacionadas
article-more = Más artículos
article-all =
    { $count ->
        [one] Ver el artículo
       *[other] Ver los { $count } artículos
    }

## Templates: compare.html

compare-title = Comparar las guías
compare-description = Qué dice cada guía publicada sobre los cuidados de { $treatment }, junto a nuestros propios consejos.
# "Las guías no coinciden en 3 de 12 actividades; esas filas llevan la marca ⚠ Las guías no coinciden."
compare-disagree-on = Las guías no coinciden en
compare-disagree-of =
    { $total ->
        [one] de { $total } actividad; esas filas llevan la marca
       *[other] de { $total } actividades; esas filas llevan la marca
    }
compare-disagree-mark = Las guías no coinciden
compare-our-advice = Nuestro consejo
compare-after-final = Después de su última sesión: { $answer }
compare-how-we-chose = Cómo elegimos nuestros días

## Templates: guide.html (one guide)

guide-description = Qué dice «{ $guide }» sobre los cuidados de { $treatment }, junto a nuestras propias normas.
guide-counting = Cómo cuenta los días esta guía
guide-counting-ours = En esta web, el día 0 es el día de su sesión.
guide-recommends = Qué recomienda
guide-activity = Actividad
guide-says = Qué dice
guide-when = Cuándo
guide-our-rule = Nuestra norma
guide-difference = Diferencia
guide-condition = Condición: { $condition }
guide-day-numbers = Números de día: { $numbers }
guide-final-only = Solo después de la última sesión
guide-after-final = Después de su última sesión: { $answer }
guide-same = El mismo día que nosotros.
guide-why-we-differ = Por qué lo hacemos distinto:
guide-not-mentioned = Lo que no menciona
guide-silent = Esta guía no dice nada sobre:
guide-covers-all = Esta guía trata todas las actividades de nuestra lista.
guide-compare-all = Comparar todas las guías, una al lado de otra

## Templates: guides.html

guides-title = Las guías que hemos comparado
guides-description = Las guías de cuidados publicadas en las que se basan nuestros consejos, y cómo elegimos nuestros días cuando no coinciden.
guides-lead = Nuestros consejos se basan en estas guías publicadas. Cada página muestra lo que dice la guía, junto a nuestra propia norma.
guides-count =
    { $count ->
        [one] { $count } recomendación
       *[other] { $count } recomendaciones
    }
guides-vague = { $count } sin número de día
guides-how-we-chose = Cómo elegimos nuestros días
guides-compare-all = Ver todas las guías, una al lado de otra

## Templates: 404.html

notfound-title = Página no encontrada
notfound-lead = Lo sentimos, esta página no existe. Puede que se haya movido.
notfound-home = Página de inicio
notfound-find-day = Busque su día
notfound-questions = Todas las preguntas
# Before the clinic's phone number.
notfound-call = ¿Le preocupa cómo se está curando? Llámenos al

## Templates: handout-checklist.html

checklist-title = Lista día a día
checklist-description = Lista para imprimir con los cuidados de { $treatment } día a día, del día 0 al día { $last }.
checklist-heading = Lista de cuidados día a día
checklist-phone = Teléfono
# Followed by the key: each status with its short word (the macros-short-* messages).
checklist-care-means = «Cuidado» quiere decir que está permitido, pero con suavidad y solo como dice la lista bajo la tabla.
checklist-care-means-routine = «Cuidado» quiere decir que está permitido, pero con suavidad y solo como dicen sus cuidados paso a paso y la lista bajo la tabla.
checklist-intro = El día 0 es el día de su sesión. Escriba la fecha junto a cada día y márquelo cuando termine. Leyenda:
checklist-caption = Qué puede hacer cada día después de su sesión
checklist-day = Día
checklist-date = Fecha
checklist-done = Hecho
# "* Después de su última sesión, la norma de ese día es más estricta…", with "última" in bold.
checklist-final-before = Después de su
checklist-final-word = última
checklist-final-after = sesión, la norma de ese día es más estricta: vea las líneas marcadas «* Después de su última sesión» bajo la tabla.
checklist-call = ¿Le preocupa algo? Llame al
checklist-others = Las demás actividades: qué se aplica cada día
checklist-how = Qué le piden las marcas de la tabla

## Templates: handout-glance.html

glance-title = Los cuidados de un vistazo
glance-description = Resumen de una página para imprimir, con los cuidados de { $treatment } y nuestro teléfono.
glance-heading = { $treatment }: los cuidados de un vistazo
glance-phone = Teléfono
glance-session-date = El día 0 es el día de su sesión; el día 4 es 4 días después, y así sucesivamente. Fecha de mi sesión:
# "Esta página está pensada para imprimirse … Vea cómo imprimir."
glance-print = Esta página está pensada para imprimirse en una sola hoja (A4 o carta). Vea
glance-print-link = cómo imprimir
glance-healing = Cómo va la curación
glance-pictures = En imágenes: una curación normal, y cómo hacerlo
glance-first-hours = Las primeras horas
glance-not-yet = Todavía no
glance-from = (desde el día { $day })
glance-from-date = (desde el día { $day }: { $date })
glance-nothing-off-limits = El día de su sesión no hay nada prohibido.
glance-with-care = Con cuidado
glance-no-care = El día de su sesión, todo lo demás es «todavía no» o «permitido».
glance-tick-days = Marque una casilla cada día:
glance-changes = Qué cambia y cuándo
glance-changes-sessions = Qué cambia y cuándo, después de cada sesión
glance-changes-lead = Hasta que llegue su día, cada cosa sigue sin estar permitida.
glance-milestone-day = Día { $day }:
glance-milestone-date = Día { $day } ({ $date }):
glance-later = Más adelante

## Templates: handout-dated.html (the patient's dated plan, `aftercare schedule`)

dated-title = { $treatment }: sus fechas de cuidados
dated-phone = Teléfono
dated-session-of = Sesión { $n } de { $of }
dated-session-final = (su última sesión)
dated-session-one = Su sesión
dated-day-0 = El día 0 es el día de su sesión; el día 1 es el día siguiente.
dated-days = Sus días
dated-caption = La fecha de cada día de la curación
dated-day = Día
dated-date = Fecha
dated-stage = Etapa
dated-changes = Qué cambia y cuándo
# The day number first, so that the line starts with a capital letter.
dated-group = Día { $day } ({ $date }):
dated-group-after = Día { $day } tras la sesión { $session } ({ $date }):
dated-restart = Los pasos día a día vuelven a empezar desde el día 0
dated-next = Sus próximas sesiones
dated-next-session = Sesión { $n } de { $of }:
dated-next-date =
    { $between ->
        [one] { $date } (con { $between } día de separación)
       *[other] { $date } (con unos { $between } días de separación)
    }

## Templates: handouts.html

handouts-title = Hojas para imprimir
handouts-description = Hojas de cuidados para imprimir: un resumen de una página y una lista día a día.
handouts-heading = Hojas para imprimir
handouts-lead = Imprímalas y póngalas en la nevera o junto al espejo.
handouts-glance = Los cuidados de un vistazo
handouts-glance-about = Una página: cómo va la curación, qué evitar, cuándo puede volver a hacer cada cosa y cuándo llamarnos.
handouts-checklist = Lista día a día
handouts-checklist-about = Una o dos páginas: una fila por día, del día 0 al día { $last }, con espacio para escribir la fecha y marcar cada día.
handouts-how = Cómo imprimir
handouts-step-open = Abra la hoja.
# Written as HTML (the <kbd> marks are keys): escape & < > as &amp; &lt; &gt;.
handouts-step-print = Use la opción Imprimir de su navegador: pulse <kbd>Ctrl</kbd> + <kbd>P</kbd> (en un Mac, <kbd>⌘</kbd> + <kbd>P</kbd>) o elija Imprimir en el menú del navegador. En el móvil, busque Imprimir dentro de Compartir.
handouts-step-paper = Elija papel A4 o carta. Los menús y los enlaces no salen en la hoja impresa.
handouts-step-colours = Active «Gráficos de fondo» para imprimir los colores. Sin ellos, las palabras y los símbolos bastan.
handouts-no-printer = ¿No tiene impresora? Con gusto le damos una copia impresa en su sesión.

## Templates: prepare.html

prepare-title = Antes de su sesión
prepare-description = Cómo prepararse para su sesión de { $treatment }, paso a paso.
prepare-lead = Unos pasos sencillos antes de su sesión le ayudan a curarse bien después.
prepare-why = Por qué:
# Before the clinic's phone number.
prepare-call = ¿Tiene dudas antes de venir? Llame al
prepare-day-0 = Qué pasa el día de su sesión (día 0)

## Templates: schedule.html

schedule-title = Su calendario
schedule-description = Escriba la fecha de su sesión de { $treatment } para ver en qué día de la curación está, sus fechas y un archivo de calendario.
schedule-lead = Escriba la fecha de su sesión. Esta página le muestra en qué día de la curación está hoy y la fecha en que cada paso vuelve a estar permitido. También le da un archivo para el calendario de su móvil.
schedule-legend = Su sesión
schedule-date-label = Fecha de su sesión (día 0)
schedule-session-label = ¿Qué sesión fue?
schedule-session-of = Sesión { $n } de { $of }
schedule-session-final = (la última)
schedule-remember = Recordar esta fecha en este dispositivo
schedule-remind = Archivo de calendario: avisarme a las 9 de la mañana del día antes de cada paso
schedule-show = Ver mis fechas
schedule-forget = Olvidar mi fecha
schedule-privacy = Su fecha se queda en este dispositivo. No se envía a ningún sitio, y solo se guarda si marca «Recordar».
schedule-by-hand = Cómo contar su día
schedule-nojs = La herramienta de fechas de arriba necesita JavaScript. Si no funciona en su navegador, puede seguir igualmente su curación día a día:
schedule-by-hand-1 = El día de su sesión es el día 0. El día siguiente es el día 1, y así sucesivamente.
schedule-by-hand-2 = Cuente los días que han pasado desde su sesión hasta hoy. Ese número es su día.
schedule-by-hand-3 = Abra abajo la página de ese día. Ahí verá qué puede hacer hoy y qué cambia mañana.
# "¿Prefiere el papel? Imprima el resumen de una página o la lista día a día y escriba …" (two links).
schedule-paper = ¿Prefiere el papel? Imprima el
schedule-paper-summary = resumen de una página
schedule-paper-or = o la
schedule-paper-checklist = lista día a día
schedule-paper-end = y escriba allí sus fechas. En la clínica podemos imprimirle una copia con sus fechas ya puestas.

## Templates: treatments.html (the home page of a site with several treatments)

treatments-lead = Elija su tratamiento para ver sus cuidados día a día.
treatments-articles = Artículos
treatments-all-articles =
    { $count ->
        [one] Ver el artículo
       *[other] Ver los { $count } artículos
    }
# Written as HTML: escape & < > as &amp; &lt; &gt;.
treatments-signs = Las páginas de cada tratamiento indican las señales que debe vigilar.

## The "Your schedule" page's script (theme/schedule.js fills the { $placeholders })

# The script fills these placeholders in the browser, after the build: a selector on them
# would always take its default variant, so singular and plural are separate messages
# (js-session-in-one-day, js-session-in-days) and js-next-session keeps the plural.
js-session-in-one-day = Falta { $n } día para su sesión
js-session-in-days = Faltan { $n } días para su sesión
js-today-is-day = Hoy es el día { $day }
js-today-is-day-after = Hoy es el día { $day } tras la sesión { $session }
js-session-was-on = Su sesión fue el { $date }.
js-session-is-on = Su sesión es el { $date }.
js-open-day = Ver la página del día { $day }
js-how-to-prepare = Cómo prepararse
js-pages-end = Las páginas diarias llegan hasta el día { $day }: el tiempo de curación ya ha pasado.
js-next-sessions = Sus próximas sesiones
js-next-session = Sesión { $n } de { $of }: { $date } (con unos { $between } días de separación)
js-changes = Qué cambia y cuándo
js-group = Día { $day } ({ $date })
js-group-after = Día { $day } tras la sesión { $session } ({ $date })
js-starts-again = . Los pasos día a día vuelven a empezar desde el día 0.
js-download = Descargar archivo de calendario (.ics)
js-download-help = El archivo añade un evento de día completo por cada fecha de arriba. Ábralo o impórtelo en su aplicación de calendario.

## Day pages' script (theme/today.js)

today-is-your-day = Hoy es su día { $day }.
today-go-to-day = Ir al día { $day }
today-day-date = ({ $date })
today-other-day = Está viendo el día { $page }. Hoy es su día { $day }.
today-day-range = (del { $from } al { $to })
# Beside a "from day N" on or after the next session of the course (today.js): no date,
# because that session starts the count again.
today-later = (aún sin fecha: antes llega su próxima sesión, que vuelve a empezar la cuenta)
# Beside a "from day N" that only comes after the final session of the course (today.js):
# the date worked out from the planned final session, of the day the rule gets there after
# it ($day: the sun may wait longer after the final session).
today-after-final = (fecha aproximada: { $date }, { $day } días después de su última sesión, prevista para el { $planned })
# Beside a "from day N" when the patient is in their final session and, after it, the rule
# gets there on a later day ($day, its date $date): "from day 14" is not theirs.
today-final-from = (tras su última sesión: desde el día { $day }, { $date })
# Under the "each day at a glance" grids (today.js): how today's day is marked.
today-in-strip = Hoy, su día { $day }, lleva un marco grueso.

## Languages: the switcher on every page of a site in several languages

# The language's name in itself, as the switcher shows it.
language-name = Español
languages-label = Idiomas
# On a page whose text is not all translated yet; $language is the default language's name.
translation-missing = Esta página aún no está traducida del todo. Algunas partes están en { $language }.

## QR codes on printed handouts (read out by screen readers)

qr-site = Código QR: esta web de cuidados
qr-days = Código QR: las páginas día a día en nuestra web
qr-dates = Código QR: sus fechas en nuestra web

## Punctuation between the items of a list ("12 not yet, 4 with care"; a semicolon between longer items)

list-separator = {", "}
list-separator-strong = {"; "}
list-separator-items = {" · "}

## Getting help (partials/warning.html): on every page and both handouts, with the
## header's phone number.

urgent-heading = Cómo pedir ayuda
urgent-call-us = Llámenos al
urgent-closed = Si estamos cerrados, llame a { $name } al
urgent-closed-call = Si estamos cerrados, llame al
urgent-emergency = En una emergencia, llame al
urgent-emergency-named = En una emergencia, llame a { $name } al
header-call = Llámenos

## The day pages (day.html): what to do today first.

day-heading = Día { $day } después de su sesión: qué hacer y qué evitar
day-heading-0 = Día 0, el día de su sesión: qué hacer y qué evitar
day-zero-means = El día 0 es el día de su sesión, así que el día 4 es 4 días después, y así sucesivamente.
day-count-help = El día 0 es el día de su sesión, así que el día { $day } es { $day ->
    [one] 1 día
   *[other] { $day } días
} después.
# On the pages of a treatment with more than one session: each session is a new day 0.
count-restarts = Si tiene más de una sesión, la cuenta vuelve a empezar en el día 0 el día de cada sesión.
checklist-sessions = En cada sesión, empiece una hoja nueva: ese día vuelve a ser el día 0. Si su siguiente sesión es el día { $day }, las filas desde el día { $day } solo cuentan después de su última sesión.
# Under a picture of a step of the care routine, on the printed checklist.
checklist-step-picture = Paso { $step }
glance-sessions = En cada sesión, escriba aquí su fecha y cuente de nuevo desde el día 0. Si su siguiente sesión es el día { $day }, lo que dice esta hoja desde el día { $day } solo cuenta después de su última sesión.
day-own-dates = Ver sus propias fechas
day-in-short = Hoy, en resumen: qué hacer
day-short-todo = Qué hacer hoy:
day-short-key = Lo más importante hoy:
day-key-heading = Lo más importante hoy
day-key-until = Esto cambia el día { $day }
day-key-until-end = .
day-routine-heading = Sus cuidados de hoy, paso a paso
day-routine-step = Cuidados, paso { $n }
day-for-good = tampoco más adelante
glance-key = Lo más importante de los primeros días
glance-routine = Sus cuidados, paso a paso
glance-for-good = tampoco más adelante
glance-final-from = (desde el día { $day } tras su última sesión)
glance-final-only = Solo después de su última sesión (la última del tratamiento):
glance-final-only-marked = Solo después de su última sesión (la última del tratamiento), en lugar de la línea marcada arriba:
glance-final-differs = (no tras su última sesión: vea abajo)
day-short-nothing-todo = Hoy no hay nada especial que hacer. Siga los consejos de abajo.
day-short-new = Novedad de hoy:
day-short-first = Hoy empieza todo: los primeros días son los más importantes.
day-short-no-new = Hoy no hay cambios: siga como ayer.
day-short-all-allowed = Ya no hay nada de la lista que esté prohibido.
day-todo-heading = Qué hacer hoy
day-todo-lead = Marque cada paso al hacerlo. Las marcas se guardan en este dispositivo hasta que acabe el día.
day-new = Novedad de hoy
day-not-yet-lead = Abra cada punto para ver qué hacer mientras tanto y cuándo se permite.
day-never-lead = Abra cada punto para ver por qué y qué hacer en su lugar.
day-see-key = Vea «{ day-key-heading }», más arriba.
day-from = desde el día { $day }
# Beside it, where the final session makes the patient wait longer (the day after the final session).
day-from-final = ; después de su última sesión, desde el día { $day }
day-more-about = Más sobre: { $activity }
day-normal = Qué es normal ahora
day-sources = De dónde salen estos consejos
day-sources-lead = Cada paso sigue una o más de las guías publicadas que hemos comparado. No las necesita para seguir esta página.
day-short-more = y más (vea abajo)
day-short-help = ¿Le preocupa algo? Vea cuándo llamarnos.
day-short-not-yet = { $count ->
    [one] { $label }:
   *[other] { $label } ({ $count }), por ejemplo:
}
day-allowed-heading = { $label } hoy

## The schedule page's date: three fields (day, month, year), in the language's order.

schedule-date-help = Escriba el día, el mes y el año en números. Por ejemplo, 3 para marzo.
schedule-date-day = Día
schedule-date-month = Mes
schedule-date-year = Año
js-bad-date = Escriba una fecha real: el día, el mes y el año, en números.

## ---- comparison (cmp branch): guide pages, compare.html, activity pages ----

# On a guide page, one sentence per threshold. $step is "care" (the first day with care),
# "full" (the first day without limits) or "day" (neither side has a with-care stage, so
# there is one day to compare).
cmp-sooner = { $step ->
        [care] Nosotros lo permitimos con cuidado antes: el día { $ours }, no el día { $theirs }.
        [full] Nosotros lo permitimos sin límites antes: el día { $ours }, no el día { $theirs }.
       *[day] Nosotros lo permitimos antes: el día { $ours }, no el día { $theirs }.
    }
cmp-later = { $step ->
        [care] Nosotros esperamos más para permitirlo con cuidado: el día { $ours }, no el día { $theirs }.
        [full] Nosotros esperamos más para permitirlo sin límites: el día { $ours }, no el día { $theirs }.
       *[day] Nosotros esperamos más: el día { $ours }, no el día { $theirs }.
    }
cmp-same = { $step ->
        [care] El mismo día con cuidado: el día { $day }.
        [full] El mismo día sin límites: el día { $day }.
       *[day] El mismo día: el día { $day }.
    }
cmp-guide-silent = { $step ->
        [care] La guía no da un día para empezar con cuidado; nosotros decimos el día { $ours }.
        [full] La guía no da un día para hacerlo sin límites; nosotros decimos el día { $ours }.
       *[day] La guía no da un día concreto; nosotros decimos el día { $ours }.
    }
cmp-ours-never = { $step ->
        [care] Nosotros no lo permitimos durante la curación; la guía dice el día { $theirs }.
        [full] Nosotros lo limitamos durante toda la curación; la guía quita los límites desde el día { $theirs }.
       *[day] Nosotros lo limitamos durante toda la curación; la guía dice el día { $theirs }.
    }
cmp-guide-no-day = La guía no da un día concreto.
cmp-ours-no-day = Nuestra norma no da un día a partir del cual se permita.
# "Guides disagree: day 3 to day 4 with care, day 3 to day 10 without limits"
disagree-every = Las guías no coinciden: { $spread }
disagree-final = Después de la última sesión, las guías no coinciden: { $spread }
disagree-care = del día { $low } al día { $high } con cuidado
disagree-full = del día { $low } al día { $high } sin límites
disagree-days = del día { $low } al día { $high }
# compare.html: one line of days per activity (an inline picture), opened for the words.
cmp-lead = Cada actividad es una línea de días, desde el día 0 (el de la sesión) a la izquierda. Abra una para leer lo que dice cada guía.
# The clinic's own lane in each picture: keep it short (about 8 letters at most).
cmp-lane-ours = Nosotros
cmp-axis-day = Día
cmp-chart-final = Después de la última sesión
cmp-key-title = Cómo leer las líneas
cmp-key-ours = Nosotros: nuestro consejo, la línea gruesa
cmp-key-care = Discontinua: con cuidado
cmp-key-full = Continua: sin límites
cmp-key-none = Línea fina: todavía no, o sin día
cmp-key-guides = Los números son las guías:
# Under an activity's table: the guides that do not mention it.
cmp-silent = No lo dicen:

## Review dates (the content files' `review:`), on pages and printed handouts
page-reviewed = Revisada: { $date }
page-next-review = Próxima revisión: { $date }
handout-version-reviewed = Solo para el personal de la clínica: versión del contenido { $version } · revisado el { $date } · próxima revisión el { $next }
handout-version = Solo para el personal de la clínica: versión del contenido { $version }
