## Tipline source pages — Español (Spanish)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = reporte, codename = nombre clave, compound = complejo (complejo de estafas), organisation = organización, encrypted = cifrado, private window = ventana privada, Leave now = Salir ya

site-name = Tipline
skip-to-form = Ir directo al formulario
demo-banner = DEMO — versión de prueba, solo para ensayos. Los reportes enviados aquí se cifran con una clave de prueba cuyo secreto es público. No envíe un reporte real.
language-label = Idioma

## El formulario de reporte (The report form)
form-title = Reportar un complejo de estafas o una persona desaparecida
form-intro = Este formulario es anónimo. No guardamos su dirección, su dispositivo ni su navegador. Lo que usted escribe se cifra antes de guardarse, así que solo las organizaciones que lo reciben pueden leerlo. Ningún campo es obligatorio, pero por favor díganos dónde está el complejo o qué pasó.
form-safety = Si otras personas revisan su teléfono, use una ventana privada y ciérrela cuando termine. Su teclado puede recordar las palabras que escribe.
form-operator-always = La organización que maneja este servicio siempre recibe su reporte. Más abajo, usted elige si también se puede compartir con otros.
form-errors-title = Por favor revise el formulario
form-error-where-or-what = Por favor díganos dónde está el complejo (país, ciudad o nombre del complejo) o qué pasó (detalles).

section-you = Sobre usted
role-label = ¿Quién es usted?
role-inside = Estoy dentro de un complejo ahora
role-escaped = Escapé de un complejo o me dejaron salir
role-family = Soy familiar o amigo de una persona retenida
role-other = Otro

danger-label = ¿Alguien está en peligro inmediato?
danger-yes = Sí
danger-no = No
danger-unsure = No sé
danger-help-title = ¿En peligro ahora mismo? Qué hacer
danger-help-intro = Si puede, pida ayuda ahora. Cerca de algunos complejos, la policía local puede trabajar con los dueños del complejo; la embajada de su país suele ser más segura. Guarde los números antes de necesitarlos.
danger-help-embassy = Comuníquese con la embajada o el consulado de su país: pueden ayudar a personas retenidas en el extranjero, incluso sin pasaporte.

section-where = ¿Dónde está el complejo?
country-label = País
country-choose = Elija un país
country-other-label = Otro país
country-OTHER = Otro
area-label = Ciudad o zona
area-hint = Por ejemplo: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ (Triángulo de Oro)
compound-label = Nombre del complejo o de la empresa
building-label = Edificios
building-hint = Número del edificio, color, piso, lo que se ve cerca
location-label = Coordenadas o enlace de mapa
location-hint = Por ejemplo 16.6870, 98.5085 o un enlace de mapa. Solo leemos los números; nunca abrimos el enlace.

section-held = Personas retenidas ahí
held-count-label = ¿Cuántas personas, más o menos, están retenidas?
held-nationalities-label = Sus nacionalidades

section-people = Personas en peligro
people-intro = Cuéntenos de cada persona que le preocupa. Agregue todas las que necesite.
person-heading = Persona { $number }
person-name-label = Nombre
person-age-label = Edad
person-nationality-label = Nacionalidad
person-nationality-other-label = Otra nacionalidad
person-contact-label = Número de teléfono o cuenta de mensajería
person-last-contact-label = Último contacto (fecha)
add-person = Agregar otra persona

section-recruitment = ¿Cómo los reclutaron?
recruit-platform-label = ¿Dónde encontraron el trabajo? (aplicación, sitio web, redes sociales)
recruit-ad-label = ¿Qué prometía la oferta de trabajo?
recruit-agent-label = Agente o reclutador (nombre, teléfono, cuenta)
passports-label = ¿Les quitaron los pasaportes?
passports-yes = Sí
passports-no = No
passports-unknown = No sé

section-details = ¿Qué pasó?
details-label = Detalles
details-hint = Todo lo que pueda ayudar: lo que vio, lo que pasó, fechas, nombres, cómo tratan a las personas.

section-contact = Cómo contactarle
contact-method-label = Una forma segura de contactarle, si la hay
contact-method-hint = Deje esto vacío si no es seguro contactarle.
contact-time-label = ¿Cuándo es seguro contactarle?

section-consent = ¿Quién puede recibir su reporte?
consent-intro = Marque solo lo que acepta. Si no marca nada, solo la organización que maneja este servicio recibe el reporte.
consent-ngo = Otras organizaciones de ayuda (ONG) pueden recibir mi reporte
consent-embassy = Las embajadas pueden recibir mi reporte
consent-police = La policía puede recibir mi reporte

submit = Enviar el reporte de forma segura
chars-max = Máximo { $max } caracteres.

## Errores en los campos (Field errors — never repeat what was typed)
error-too-long = Demasiado largo: máximo { $max } caracteres.
error-choice = Por favor elija una de las opciones.
error-number = Por favor escriba un número.

## Reporte recibido (Receipt)
receipt-title = Recibimos su reporte
receipt-intro = Gracias. Su reporte está guardado y cifrado, y se enviará a las organizaciones que usted eligió.
receipt-codename-title = Su nombre clave
receipt-codename-intro = Esta es la única vez que lo va a ver. Con él puede volver más tarde para leer respuestas y agregar información.
receipt-keep-safe-title = Guárdelo en un lugar seguro
receipt-keep-1 = Apréndalo de memoria, o escríbalo en un lugar que nadie va a revisar. No tome captura de pantalla.
receipt-keep-2 = Cualquier persona que tenga el nombre clave puede leer las respuestas a su reporte.
receipt-keep-3 = No podemos recuperar un nombre clave perdido: nunca lo guardamos.
receipt-keyboard = El teclado de su teléfono todavía puede recordar palabras que usted escribió. Si alguien puede revisar su teléfono, borre las palabras aprendidas del teclado y cierre esta ventana.
receipt-urgent-title = Si alguien está en peligro ahora
receipt-new-report = Enviar otro reporte

## Otras páginas (Other pages)
already-title = Su reporte ya fue recibido
already-body = Este formulario ya se envió, así que no lo guardamos dos veces. Si quiere agregar algo, envíe un nuevo reporte.
busy-title = Mucho tráfico — intente de nuevo en unos minutos
busy-body = Están llegando muchos reportes ahora mismo. No se guardó nada de lo que envió. Por favor regrese y envíe el formulario otra vez en unos minutos; lo que escribió debería seguir en el formulario.
unavailable-title = No podemos recibir reportes en este momento
unavailable-body = No se guardó nada. Intente más tarde, o comuníquese directamente con una organización de confianza o con su embajada.
store-failed-title = No se pudo guardar su reporte
store-failed-body = Algo falló de nuestro lado, y no se guardó nada de lo que envió. Lo que escribió sigue en el formulario de abajo: por favor envíelo otra vez en unos minutos. Si sigue pasando, mencione este código: { $incident }
bad-request-title = No se pudo leer el formulario
bad-request-body = Por favor regrese y envíe el formulario otra vez.
forbidden-title = Este formulario venció o vino de otro sitio
forbidden-body = No se guardó nada. Abra el formulario otra vez y envíelo desde ahí.
too-large-title = El reporte es demasiado largo
too-large-body = No se guardó nada. Acorte el texto e intente de nuevo.
not-found-title = Página no encontrada
not-found-body = No hay nada en esta dirección.
internal-title = Algo falló
internal-body = Nada de lo que envió se perdió de su lado; por favor intente de nuevo. Si sigue pasando, mencione este código: { $incident }
back-to-form = Volver al formulario

## Números de emergencia, según el país elegido (Emergency numbers, shown for the chosen country)
emergency-MM = Myanmar: policía 199, ambulancia 192
emergency-KH = Camboya: policía 117, ambulancia 119
emergency-LA = Laos: policía 191, ambulancia 195
emergency-TH = Tailandia: policía 191, policía turística 1155, ambulancia 1669
emergency-PH = Filipinas: emergencias 911
emergency-MY = Malasia: emergencias 999 (112 desde un celular)
emergency-ID = Indonesia: emergencias 112, policía 110
emergency-VN = Vietnam: policía 113, ambulancia 115
emergency-AE = Emiratos Árabes Unidos: policía 999, ambulancia 998

## Seguimiento: volver con su nombre clave (Follow-up: a source comes back with their codename)
followup-title = Respuestas y más información
followup-open-title = Escriba su nombre clave
followup-read-again = Leer las respuestas otra vez
followup-intro = Escriba el nombre clave que recibió cuando envió su reporte. No importan las mayúsculas, los espacios de más ni los guiones.
followup-codename-label = Su nombre clave
followup-open = Abrir
followup-not-recognised = No reconocimos ese nombre clave. Revise las palabras e intente de nuevo.
followup-replies-title = Respuestas a su reporte
followup-no-replies = Todavía no hay respuestas. Vuelva más tarde.
followup-replies-once = Las respuestas se muestran solo ahora; para leerlas otra vez, escriba su nombre clave de nuevo.
followup-add-title = Agregar información o corregir su reporte
followup-add-intro = Lo que escriba aquí se cifra y se envía a las mismas organizaciones que su reporte.
followup-add-label = Lo que quiere agregar
followup-add-submit = Enviar de forma segura
followup-added = Gracias. Recibimos lo que agregó, y llegará a las mismas organizaciones que su reporte.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Escriba algo para agregar, o elija un archivo (máximo 20 000 caracteres).
followup-files-added = { $count ->
    [one] También se agregó su archivo.
   *[other] También se agregaron sus { $count } archivos.
}
followup-add-unavailable = No se puede enviar en este momento. Intente más tarde; no se perdió nada de lo que escribió.
followup-store-failed = Algo falló de nuestro lado, y no se guardó nada. Todo lo que escribió sigue abajo: por favor intente de nuevo en unos minutos.
followup-logout = Cerrar sesión
followup-logged-out = Ya cerró la sesión. Cierre esta ventana.
followup-session-note = La sesión se cierra sola después de 15 minutos sin actividad. Cierre sesión cuando termine, sobre todo en un teléfono compartido.
followup-session-ended = Su sesión terminó. Escriba su nombre clave otra vez.
followup-kept-label = Lo que estaba agregando, guardado aquí: escriba su nombre clave y toque Abrir, luego toque Enviar de forma segura
followup-busy = Se están probando demasiados nombres clave en este momento. Espere unos minutos e intente de nuevo.
followup-add-later = Ya se agregó suficiente a este reporte por hoy. Intente mañana; no se perdió nada de lo que escribió.
receipt-followup = Vuelva a la página de seguimiento con su nombre clave para leer respuestas y agregar información:
receipt-followup-link = leer respuestas y agregar información

## Salida rápida y seguridad del teléfono (Quick exit and device safety — on every source page)
leave-now = Salir ya
leave-now-title = Salir de este sitio de inmediato y abrir una página común
safety-link = Proteja su teléfono
safety-title = Proteja su teléfono
safety-intro = Si alguien puede revisar su teléfono, puede encontrar señales de que usted usó este sitio. Aquí le explicamos qué puede encontrar y cómo borrarlo. Toma un minuto.
safety-history-title = Historial del navegador
safety-history-body = Su navegador recuerda las páginas que abre. Use una ventana privada (también llamada de incógnito) o Tor Browser, y ciérrela cuando termine. Si usó una ventana normal, borre este sitio del historial.
safety-kept-title = Lo que queda incluso en una ventana privada
safety-kept-body = Mientras la ventana esté abierta, el botón de atrás puede mostrar otra vez el formulario y la página de confirmación. Cierre la ventana cuando termine. Lo que escribió no se guarda en el historial, pero una ventana normal puede guardar las direcciones de las páginas.
safety-keyboard-title = Teclado
safety-keyboard-body = Su teclado puede aprender las palabras que escribe y sugerirlas después. En la configuración del teclado, borre las palabras aprendidas, o apague las sugerencias antes de escribir.
safety-downloads-title = Descargas y capturas de pantalla
safety-downloads-body = No tome capturas de pantalla de estas páginas ni las descargue. Si lo hizo, bórrelas, y luego vacíe también la carpeta "Eliminados recientemente" o la papelera.
safety-notifications-title = Notificaciones
safety-notifications-body = Este sitio nunca envía notificaciones. Si dio una forma de contactarle, un mensaje de una organización puede aparecer en su pantalla: dé un contacto que solo usted pueda ver.
safety-private-title = Ventana privada o Tor Browser
safety-private-body = Una ventana privada olvida las páginas cuando usted la cierra. Tor Browser además oculta a su compañía telefónica y a la red qué sitio abre. Este sitio funciona en los dos, incluso con JavaScript desactivado.
safety-codename-title = Su nombre clave
safety-codename-body = El nombre clave es lo único que debe guardar. Apréndalo de memoria, o escríbalo donde nadie va a buscar. Cualquier persona que lo tenga puede leer las respuestas a su reporte.
safety-leave = El enlace "Salir ya", arriba en cada página, abre de inmediato una página común.

# draft: files block, not yet checked by a native speaker
## Archivos enviados con un reporte (Files sent with a report)
section-files = Fotos, capturas de pantalla y archivos
files-label = Agregar archivos (puede elegir varios)
files-hint = Por ejemplo, fotos del lugar, capturas de pantalla de la oferta de trabajo o de chats, notas de voz, documentos. Hasta { $count } archivos, como máximo { $size } en total.
files-metadata = Las fotos pueden guardar dónde y cuándo se tomaron y con qué teléfono. Eso puede ayudar a encontrar el complejo, pero también puede llevar hasta usted.
photo-data-legend = Datos de ubicación y de cámara en las fotos
photo-data-remove = Quitar estos datos (más seguro para usted)
photo-data-keep = Dejar estos datos (pueden mostrar dónde se tomó una foto y con qué teléfono)
photo-data-formats = Tipline quita estos datos de las fotos JPEG, PNG, WebP y HEIC sin cambiar la imagen. Los demás archivos (videos, notas de voz, documentos) se guardan tal como usted los envía. No envíe ningún archivo que pueda mostrar quién es usted.
files-again = Si el formulario vuelve a aparecer con una pregunta, elija sus archivos otra vez: solo se guardan cuando el reporte se envía.
error-file-too-large = El archivo “{ $name }” pesa más de { $size }. No se envió nada. Quítelo o elija uno más pequeño, y luego elija sus archivos otra vez.
error-files-too-large = Sus archivos juntos pesan más de { $size }. No se envió nada. Quite algunos, y luego elija sus archivos otra vez.
error-too-many-files = Eligió más de { $count } archivos. No se envió nada. Elija { $count } como máximo.
error-file-empty = El archivo “{ $name }” está vacío: puede que todavía no esté en su teléfono. No se envió nada. Elíjalo otra vez o quítelo.
files-choose-again = Por favor, elija sus archivos otra vez: no se guardaron.
receipt-files = { $count ->
    [one] Recibimos su archivo junto con su reporte.
   *[other] Recibimos sus { $count } archivos junto con su reporte.
}
