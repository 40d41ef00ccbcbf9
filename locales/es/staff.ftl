# Tipline responder and admin pages — Spanish
# review: all — draft translation, not yet checked by a native speaker
# terms: tip = reporte, route = ruta (routing = enrutamiento), team = equipo, vet = verificar (vetting = verificación), key = clave, fingerprint = huella digital, second factor = segundo factor, recovery code = código de recuperación, source = fuente

## Todas las páginas de respondientes y de administración (Every responder and admin page)

staff-site = Respondientes de Tipline
staff-demo = Instancia de demostración — los reportes de aquí se cifran con una clave cuyo secreto es público. Nunca la use para reportes reales.
staff-brand = Tipline · respondientes
staff-nav-label = Cuenta
staff-nav-dashboard = Panel
staff-nav-inbox = Bandeja de entrada
staff-nav-reader = Lector
staff-nav-admin = Administración
staff-nav-admin-mark = (administrador)
staff-logout = Cerrar sesión
staff-languages = Idioma

## Iniciar sesión (Log in)

login-title = Iniciar sesión
staff-email = Correo electrónico
staff-password = Contraseña
login-code = Código de su aplicación de autenticación
login-code-hint = Seis dígitos. ¿Perdió su teléfono? Escriba en su lugar uno de sus códigos de recuperación; cada uno sirve una sola vez.
login-invite-only = Las cuentas se crean solo por invitación. Si no puede iniciar sesión, pida ayuda a un administrador de esta instancia.
login-busy = El servidor está ocupado. Espere un minuto e intente de nuevo.
login-logged-out = Su sesión está cerrada.
login-ended = Su sesión terminó (30 minutos sin actividad, o 12 horas después de iniciar sesión). Inicie sesión de nuevo.
login-failed = No funcionó: el correo electrónico, la contraseña o el código no es correcto. Revíselos e intente de nuevo.
login-form-old = Este formulario de inicio de sesión es demasiado antiguo. Intente de nuevo.
login-form-elsewhere = Este formulario de inicio de sesión no se abrió en este navegador, o su cookie ya no existe. Intente de nuevo en esta página.
login-wait = { $number ->
    [one] Demasiados intentos para esta dirección. Espere { $number } segundo e intente de nuevo.
   *[other] Demasiados intentos para esta dirección. Espere { $number } segundos e intente de nuevo.
}

## Palabras usadas en varias páginas (Words used on several pages)

key-fingerprint = Huella digital
key-algorithm = Algoritmo
key-created = Creada
key-expires = Vence
expires-never = nunca
key-status = Estado
key-file = Archivo de clave pública
key-paste = O péguela aquí
col-name = Nombre
col-email = Correo electrónico
col-id = ID
col-teams = Equipos
col-state = Estado
role-admin = administrador
role-responder = respondiente
instance-signs = Cada reporte y correo electrónico de esta instancia está firmado con la clave cuya huella digital es:
password-new = Nueva contraseña
password-new-again = La nueva contraseña otra vez
codes-new = Crear nuevos códigos de recuperación
codes-once = Si pierde su teléfono, cada uno de estos códigos reemplaza un código de la aplicación de autenticación, una sola vez. Anótelos o guárdelos en su gestor de contraseñas, lejos de su teléfono. Solo se muestran ahora.
totp-secret = Secreto:
totp-link = Enlace de configuración para aplicaciones en este dispositivo
back-to-admin = ← Administración

## Panel (Dashboard)

dash-title = Panel
dash-signed-in = Sesión iniciada como { $email }
dash-codes-low = { $number ->
    [one] Solo le queda { $number } código de recuperación. Cree nuevos en "Segundo factor", más abajo, antes de que se le acaben.
   *[other] Solo le quedan { $number } códigos de recuperación. Cree nuevos en "Segundo factor", más abajo, antes de que se le acaben.
}
dash-key = Su clave
dash-key-vetted = Verificada: los reportes le llegan.
dash-key-pending = Pendiente: un administrador debe comparar esta huella digital con usted por un canal independiente y verificarla. Hasta entonces no recibe nada.
dash-key-expiring = Vence en menos de 30 días: extienda su vigencia y envíe la clave actualizada a un administrador, o dejará de recibir reportes.
dash-key-expired = Vencida: no recibe nada. Extienda su vigencia y envíe la clave actualizada a un administrador.
dash-key-revoked = Revocada: no recibe nada.
dash-key-unusable = No sirve para cifrar: no recibe nada.
dash-teams = Equipos:
dash-key-update = Actualizar su clave
dash-key-update-hint = Suba la misma clave con una nueva fecha de vencimiento o una nueva subclave, o su revocación: conserva su verificación (una revocación detiene la entrega de inmediato). Una clave distinta queda pendiente hasta que un administrador la verifique. Sus otras sesiones se cierran.
dash-current-password = Su contraseña actual
dash-key-update-button = Actualizar mi clave
dash-no-key = No hay ninguna clave registrada para su cuenta, así que ningún reporte se cifra para usted.
dash-pending = Respondientes en espera de verificación
dash-pending-hint = Compare cada huella digital con la persona por un canal de confianza (en persona, o una llamada a un número que ya tenía) antes de verificarla. Hasta entonces no reciben nada.
dash-pending-where = Verifíquelos en la página de administración, o desde la terminal:
dash-instance = Esta instancia
dash-instance-pin = Fije esta huella digital en su cliente de correo o con el comando de abajo; un mensaje firmado por cualquier otra clave no proviene de aquí.
dash-language = Idioma
dash-language-label = Idioma de las páginas de respondientes y de administración
dash-language-save = Guardar
dash-language-saved = Se guardó el idioma de sus páginas.
dash-password-change = Cambiar su contraseña
dash-password-change-button = Cambiar contraseña
dash-password-sessions = Sus otras sesiones se cierran cuando la cambia.
dash-codes-left = { $number ->
    [one] Códigos de recuperación restantes: { $number } de 10.
   *[other] Códigos de recuperación restantes: { $number } de 10.
}
dash-new-app = Pasar a una nueva aplicación de autenticación
dash-new-app-hint = Para un teléfono nuevo, mientras todavía tiene el anterior. (Si perdió el teléfono, pida a un administrador que restablezca su segundo factor.) Sus otras sesiones se cierran cuando confirma.
dash-new-app-button = Configurar una nueva aplicación
dash-new-codes-hint = Se muestran diez códigos nuevos una sola vez; los anteriores dejan de funcionar. Sus otras sesiones se cierran.
dash-sessions = Sesiones
dash-sessions-limits = Su sesión se cierra después de 30 minutos sin actividad, y 12 horas después de iniciar sesión.
dash-logout-everywhere = Cerrar todas las demás sesiones
dash-logged-out-elsewhere = { $number ->
    [one] Se cerraron las demás sesiones: terminó { $number } otra sesión.
   *[other] Se cerraron las demás sesiones: terminaron { $number } otras sesiones.
}
dash-wrong-password = Su contraseña actual no es correcta; no se cambió nada.
dash-passwords-differ = Las dos contraseñas nuevas no coinciden.
dash-password-refused = Elija otra contraseña: { $why }.
dash-password-changed = { $number ->
    [one] Contraseña cambiada. Se cerró { $number } otra sesión.
   *[other] Contraseña cambiada. Se cerraron { $number } otras sesiones.
}
dash-factor-old = Esa página de configuración es demasiado antigua (o es de otra sesión); no se cambió nada. Empiece de nuevo.
dash-factor-wrong-code = Ese código no es correcto. Revise que el reloj de su teléfono tenga la hora correcta, y escriba el código que muestra ahora la nueva aplicación.
dash-factor-switched = { $number ->
    [one] Su nueva aplicación de autenticación ya está en uso; los códigos de la anterior ya no funcionan. Se cerró { $number } otra sesión.
   *[other] Su nueva aplicación de autenticación ya está en uso; los códigos de la anterior ya no funcionan. Se cerraron { $number } otras sesiones.
}
dash-key-none = No hay ninguna clave registrada para su cuenta.
dash-key-choose = Elija su archivo de clave pública, o pegue la clave.
dash-key-updated = Su clave se actualizó; nada más cambia.
dash-key-updated-stop = Su clave se actualizó: { $why }. Ya no se cifra nada más para ella.
dash-key-new-pending = Su nueva clave { $fingerprint } está pendiente: no recibe nada hasta que un administrador haya comparado su huella digital con usted y la haya verificado.
dash-key-unchanged = Su clave no se cambió: { $why }.

## Segundo factor (Second factor)

factor-title = Segundo factor
factor-add = Agregue su cuenta a la nueva aplicación de autenticación
factor-add-hint = Escanee el código con la nueva aplicación, o escriba el secreto a mano. Su aplicación anterior sigue funcionando hasta que confirme aquí un código de la nueva.
factor-code = El código de seis dígitos que muestra ahora la nueva aplicación
factor-switch = Cambiar a la nueva aplicación
factor-time = Esta página funciona durante 15 minutos. Cuando confirme, sus otras sesiones se cerrarán.
factor-cancel = Cancelar y conservar la aplicación anterior
factor-codes = Sus nuevos códigos de recuperación
factor-codes-old = Sus códigos de recuperación anteriores ya no funcionan.
factor-codes-saved = Ya los guardé — volver al panel

## Configurar una cuenta desde una invitación (Setting up an account from an invitation)

inv-title = Configure su cuenta
inv-for = Para { $email }
inv-step-password = 1. Elija una contraseña
inv-password-hint = Mínimo 8 caracteres, máximo 128. Unas cuantas palabras sin relación entre sí son más fáciles de escribir y más difíciles de adivinar que una mezcla corta de caracteres. Las contraseñas muy comunes se rechazan.
inv-password-again = La misma contraseña otra vez
inv-continue = Continuar
inv-step-totp = 2. Agregue esta cuenta a su aplicación de autenticación
inv-totp-hint = Escanee el código con una aplicación de autenticación (por ejemplo Aegis, FreeOTP o Google Authenticator), o escriba el secreto a mano. Cada inicio de sesión pide su contraseña y un código de la aplicación.
inv-totp-code = El código de seis dígitos que muestra ahora la aplicación
inv-confirm = Confirmar
inv-step-codes = 3. Sus códigos de recuperación
inv-codes-shown = Sus códigos de recuperación ya se mostraron una vez. Si no los guardó, cree nuevos (los anteriores dejan de funcionar).
inv-codes-saved = Ya los guardé — continuar
inv-step-key = 4. Su clave OpenPGP
inv-key-registered = Un administrador ya registró esta clave para usted. Revise que la huella digital sea la de la clave que usted tiene:
inv-key-not-yours = Si no es suya, no continúe: avise al administrador que le envió la invitación.
inv-key-mine = Esta es mi clave — terminar
inv-key-needed = Los reportes para { $team } se cifran con su clave pública, para que solo usted pueda leerlos. Suba el archivo de clave pública (.asc) o péguelo. Nunca suba su clave secreta.
inv-key-admin = Como administrador, usted no recibe reportes, así que no necesita clave. Ya puede terminar.
inv-name = Su nombre, tal como lo conocen sus colegas
inv-key-upload = Subir mi clave y terminar
inv-finish = Terminar
inv-ready = Su cuenta está lista
inv-your-key = Su clave:
inv-key-pending = Su clave está pendiente. Un administrador comparará esta huella digital con usted por un canal de confianza para ambos (en persona o en una llamada) antes de que reciba cualquier reporte. Téngala a mano.
inv-pin = Anótela y fíjela en su cliente de correo: un mensaje firmado por cualquier otra clave no proviene de aquí.
inv-link-dead = Este enlace de invitación no funciona
inv-link-dead-body = Ya se usó, fue reemplazado por uno más reciente, o venció. Pida un nuevo enlace al administrador que le envió la invitación.
inv-passwords-differ = Las dos contraseñas no coinciden.
inv-password-refused = Elija otra contraseña: { $why }.
inv-wrong-code = Ese código no es correcto. Revise que el reloj de su teléfono tenga la hora correcta, y escriba el código que muestra ahora la aplicación.
inv-name-needed = Escriba su nombre (máximo 100 caracteres, en una sola línea).
inv-key-refused = Esta clave no se puede usar: { $why }.
inv-key-taken = Esta clave ya está registrada aquí. Pida a un administrador que asocie su inicio de sesión a esa clave.

## Bandeja de entrada (Inbox)

inbox-title = Bandeja de entrada
inbox-no-team = Usted no está en ningún equipo, así que no le llega ningún reporte. Los administradores solo ven los reportes como miembros de un equipo al que se envió el reporte.
inbox-team = Equipo
inbox-all-teams = Todos mis equipos
inbox-any = Cualquiera
inbox-urgent = Urgente
urgent = urgente
inbox-urgent-only = Solo urgentes
inbox-not-urgent = No urgentes
inbox-assigned = Asignado a
inbox-anyone = Cualquiera
inbox-to-me = A mí
inbox-to-nobody = A nadie
inbox-label = Etiqueta
inbox-labels = Etiquetas
inbox-order = Orden
inbox-newest = Más recientes primero
inbox-oldest = Más antiguos primero
inbox-show = Mostrar
inbox-count = { $number ->
    [one] { $number } reporte
   *[other] { $number } reportes
}
inbox-page = página { $page } de { $pages }
inbox-received = Recibido
inbox-route = Ruta
inbox-older = ← Más antiguos
inbox-newer = ← Más recientes
inbox-older-next = Más antiguos →
inbox-newer-next = Más recientes →

## Un reporte (A tip)

tip-title = Reporte del { $day }
tip-back = ← Bandeja de entrada
tip-received = Reporte recibido el { $day }
tip-read = Leerlo
tip-read-hint = El reporte está cifrado; ábralo con su clave secreta en su propio dispositivo.
tip-eml = Descargar como correo electrónico (.eml)
tip-eml-hint = ábralo en Thunderbird u otro cliente de correo compatible con OpenPGP.
tip-asc = Descargar el mensaje cifrado (.asc)
tip-triage = Clasificación
tip-status-for = Estado para { $team }
tip-status-change = Cambiar estado
tip-assigned-to = Asignado a
tip-nobody = Nadie
tip-assign = Asignar
tip-no-labels = Todavía no hay etiquetas.
tip-label-remove = quitar
tip-label-remove-named = Quitar la etiqueta { $label }
tip-label-new = Agregar una etiqueta
tip-label-add = Agregar etiqueta
tip-conversation = Conversación con la fuente
tip-conversation-hint = Las respuestas se cifran con la clave de la fuente y con las claves verificadas de { $team }; la fuente las lee con su nombre clave en la página de seguimiento. Lo que la fuente agrega llega aquí (y por correo electrónico). Descargue cada mensaje para leerlo.
tip-no-messages = Todavía no hay mensajes.
tip-source-added = la fuente agregó información
tip-reply-by = respuesta de { $author }
tip-sealed-in-browser = cifrado en el navegador, no firmado por la instancia:
tip-message-file = mensaje (.asc)
tip-reply = Responder a la fuente
tip-reply-hint = Escriba con palabras sencillas y pregunte una cosa a la vez: puede que la fuente lea esto en un teléfono vigilado. No mencione otras organizaciones ni personas que no estén ya en el reporte.
tip-reply-send = Enviar respuesta (cifrada)
tip-no-source-key = Este reporte no tiene clave de la fuente: su fuente no puede recibir respuestas.
tip-notes = Notas internas
tip-notes-hint = Las notas se cifran al llegar con las claves verificadas de { $team }; el servidor no guarda ninguna copia legible. Descargue cada una para leerla.
tip-no-notes = Todavía no hay notas.
tip-note-file = nota (.asc)
tip-note-new = Nueva nota
tip-note-save = Guardar nota (cifrada)
tip-status-impossible = Ese cambio de estado no es posible desde aquí.
tip-assign-member = Asigne el reporte a un miembro del equipo.
tip-label-length = Una etiqueta tiene de 1 a 40 caracteres.
tip-label-max = Un reporte tiene como máximo 20 etiquetas.
tip-note-length = Una nota tiene de 1 a 20 000 caracteres.
tip-note-no-key = La nota no se guardó: este equipo no tiene ninguna clave verificada que pueda recibirla.
tip-reply-length = Escriba una respuesta de 1 a 20 000 caracteres.
tip-reply-no-key = Este reporte no tiene clave de la fuente, así que ninguna respuesta puede llegar a su fuente.
tip-reply-refused = La respuesta fue rechazada: { $why }.

## El lector (descifra en el navegador) (The reader, decrypts in the browser)

reader-needs-js = El lector descifra los reportes en este navegador y necesita JavaScript. Sin él, descargue cada reporte desde su página (.eml o .asc) y ábralo en su cliente de correo o con "tipline open".
reader-key-memory = Su clave secreta se carga solo en la memoria de esta página y nunca sale de este navegador; cierre la pestaña para olvidarla. Un servidor comprometido podría enviar un lector que robe claves: para la máxima seguridad, lea los reportes en su cliente de correo o con "tipline open" en su propia computadora.
reader-secret-key = Su clave secreta
reader-key-file = Archivo de clave secreta (.asc)
reader-key-paste = O péguela
reader-passphrase = Frase de contraseña
reader-keep = Conservar la clave en este navegador, todavía cifrada con su frase de contraseña
reader-kept = Hay una clave cifrada guardada en este navegador: deje los campos vacíos para usarla.
reader-forget = Olvidarla
reader-load = Cargar la clave y descifrar
reader-tips = Reportes
reader-cap = { $number ->
    [one] Se descifra { $number } reporte: el más reciente de esta vista.
   *[other] Se descifran los { $number } reportes más recientes de esta vista.
}
reader-filter = Cambiar el filtro en la bandeja de entrada
reader-search = Buscar en el texto descifrado
reader-group = Agrupar por complejo (mismo nombre en el mismo país, o a menos de 1 km)
reader-csv = Exportar CSV
reader-geojson = Exportar GeoJSON

## Administración: inicio (Admin: home)

audit-title = Registro de auditoría
audit-csv = Exportar todo como CSV
audit-day = Día
audit-time = Hora (UTC)
audit-who = Quién
audit-what = Qué
audit-detail = Detalle
adm-routing-link = Enrutamiento y equipos
adm-changes-waiting = { $number ->
    [one] { $number } cambio en equipos o rutas espera aprobación:
   *[other] { $number } cambios en equipos o rutas esperan aprobación:
}
adm-see-them = ver
adm-link-made = Enlace creado
adm-link-hint = Entregue este enlace a la persona por un canal de confianza. Funciona una sola vez, durante 72 horas. No se volverá a mostrar.
adm-waiting = En espera de verificación
adm-waiting-hint = { $number ->
    [one] Un respondiente no recibe nada hasta que un administrador haya aprobado su clave. Abra cada uno y compare la huella digital con la persona por un canal independiente antes de aprobar.
   *[other] Un respondiente no recibe nada hasta que { $number } administradores hayan aprobado su clave. Abra cada uno y compare la huella digital con la persona por un canal independiente antes de aprobar.
}
adm-no-one-waiting = No hay nadie en espera.
adm-approved-by = Aprobado por
adm-responders = Respondientes
adm-no-responders = Todavía no hay respondientes verificados.
adm-key = Clave
state-active = activa
state-invited = invitada
state-disabled = desactivada
state-suspended = suspendida
state-vetted = verificada
state-pending = pendiente
key-state-vetted = verificada
key-state-pending = pendiente
key-state-expiring = por vencer
key-state-expired = vencida
key-state-revoked = revocada
key-state-unusable = inutilizable
adm-alerts = Alertas
adm-no-alerts = No hay alertas abiertas.
adm-accounts = Cuentas
adm-role = Rol
adm-lost-phone = ¿Perdió el teléfono?
adm-reset-factor = Restablecer segundo factor
adm-reset-hint = Al restablecerlo se cierran las sesiones de la persona y se le envía un enlace de un solo uso para registrar una nueva aplicación de autenticación; el enlace también se muestra aquí una vez. Confirme quién lo pide antes de hacerlo.
adm-reset-hint-many = Al restablecerlo se cierran las sesiones de la persona y se le envía un enlace de un solo uso para registrar una nueva aplicación de autenticación; el enlace también se muestra aquí una vez, salvo el de otro administrador, que solo se le envía por correo electrónico. Confirme quién lo pide antes de hacerlo.
adm-invite = Invitar a alguien
adm-role-responder = Respondiente
adm-role-admin = Administrador
adm-invite-team = Equipo (para un respondiente que trae una clave nueva)
adm-invite-registered = O un inicio de sesión para una clave ya registrada (desde la terminal)
adm-invite-button = Crear un enlace de invitación
adm-invite-shell-key = Cuando se requiere más de una aprobación, el inicio de sesión para una clave registrada se crea desde la terminal (tipline admin invite --responder), para que ningún administrador pueda darse a sí mismo los reportes de un equipo.
adm-invite-shell-admin = Cuando se requiere más de una aprobación, los administradores se invitan desde la terminal (tipline admin invite), para que ningún administrador pueda crear los votos que necesita.
adm-invite-failed = No se creó ninguna invitación: { $why }.
adm-reset-failed = No se restableció nada: { $why }.
adm-reset-mailed = Se restableció el segundo factor de { $email }; el enlace de registro se le envió solo por correo electrónico (el enlace de otro administrador nunca se muestra aquí mientras se requiera más de una aprobación).
adm-reset-unmailed = Se restableció el segundo factor de { $email }, pero no se pudo enviar el correo electrónico. Cree un nuevo enlace desde la terminal: tipline admin reset-totp --email { $email }

## Administración: un respondiente (verificación) (Admin: one responder, vetting)

vet-key-state = Estado de la clave
vet-before = Antes de aprobar:
vet-compare = compare esta huella digital por un canal independiente, grupo por grupo, con la que la persona le lee por un canal en el que usted ya confía — en persona, o una llamada a un número que ya tenía. Nunca la compare por el canal por el que llegó la clave.
vet-approvals = Aprobaciones: { $number } de { $need }
vet-you-approved = Usted ya aprobó. Otro administrador también debe aprobar.
vet-approve = Comparé la huella digital — aprobar
vet-no-team = En ningún equipo: no recibe nada.
vet-take-out = Sacar de este equipo
vet-add-to-team = Agregar a un equipo
waiting-approval = en espera de aprobación
vet-approve-joining = Aprobar el ingreso
vet-add = Agregar
vet-joining-hint = El ingreso a un equipo se hace efectivo cuando { $number } administradores lo hayan aprobado.
vet-suspension = Suspensión
vet-suspended = Suspendido: ya no se cifra nada nuevo para este respondiente.
vet-reinstate-needs = La reincorporación necesita { $number } administradores, igual que la verificación.
vet-approved-so-far = Hasta ahora lo aprobaron: { $names }.
vet-approve-reinstating = Aprobar la reincorporación
vet-reinstate = Reincorporar
vet-suspend-hint = Un respondiente suspendido no recibe nada nuevo; los reportes ya cifrados para esa persona quedan como están.
vet-suspend = Suspender
vet-remove-title = Eliminar
vet-remove-hint = La eliminación cierra su acceso y quita a la persona de todos los equipos: no se cifra nada nuevo para ella. Los reportes ya cifrados para ella quedan como están. Esto no se puede deshacer; para una pausa, use la suspensión.
vet-remove = Eliminar a este respondiente
vet-done = Verificado: desde ahora los reportes llegan a este respondiente.
vet-already = Ya está verificado.
vet-joined = Se unió al equipo: desde ahora recibe los reportes de este equipo (cuando esté verificado).
vet-left = Ya no está en el equipo "{ $team }": no le llega nada nuevo de ese equipo.
vet-not-yourself = No puede eliminarse a sí mismo: debe hacerlo otro administrador.
vet-reinstated = Reincorporado: desde ahora los reportes vuelven a llegar a este respondiente.
vet-not-suspended = No está suspendido: no hay nada que reincorporar.
vet-key-changed = No se aprobó: la clave cambió desde que abrió esta página. Compare la huella digital que se muestra ahora.
vet-own-access = No puede aprobar un cambio que amplía su propio acceso (su clave, su pertenencia a un equipo, las rutas de su equipo): debe hacerlo otro administrador.
vet-key-unusable = No se verificó: la clave no se puede usar ({ $why }).
vet-recorded = Su aprobación quedó registrada ({ $number } de { $need }). Otro administrador también debe aprobar.
vet-twice = Usted ya aprobó ({ $number } de { $need }). Otro administrador debe aprobar; una misma persona no puede contar dos veces.
vet-effect = Listo.
vet-nothing = No hay nada que hacer: esto ya estaba vigente.

## Administración: enrutamiento (Admin: routing)

route-new = Nueva ruta
route-back = ← Enrutamiento
route-title = Ruta: { $name }
route-default-hint = Esta es la ruta predeterminada: recibe todos los reportes que ninguna otra ruta toma, así que no tiene criterios y no se puede eliminar.
route-countries = País del complejo (ninguno marcado: cualquiera)
route-reporters = Quién reporta (ninguno marcado: cualquiera)
route-danger = Alguien en peligro inmediato
route-either = Cualquiera
route-urgent-only = Solo reportes urgentes
route-not-urgent-only = Solo reportes que no son urgentes
route-languages = Idioma en que se mostró el formulario (ninguno marcado: cualquiera)
route-priority = Prioridad (el número más bajo se prueba primero; vacío: después de las demás)
route-teams = Equipos que la reciben
route-no-teams = Todavía no hay equipos: agregue uno en la página de enrutamiento.
route-teams-hint = Un equipo agregado aquí recibe la ruta cuando { $number } administradores lo hayan aprobado (los equipos en espera se aprueban desde la página de enrutamiento); un equipo quitado deja de recibirla de inmediato. Cambiar los países, quién reporta, la urgencia o los idiomas de una ruta vuelve a pedir la aprobación de sus equipos.
route-delete = Eliminar esta ruta
route-delete-hint = Los reportes que ya envió conservan sus equipos y su clasificación.
routes-title = Enrutamiento
routes-intro = Cada reporte va a la primera ruta que coincide con él, de arriba hacia abajo; un criterio vacío coincide con cualquier cosa, y la ruta predeterminada toma lo que ninguna otra toma. Una ruta llega a las claves verificadas de sus equipos — a los equipos de ONG, embajadas y policía solo cuando la fuente aceptó compartir con ellos. Cambiar las rutas solo cambia adónde van los reportes nuevos.
routes-waiting = En espera de aprobación
routes-waiting-hint = Estos cambios se hacen efectivos cuando { $number } administradores distintos los hayan aprobado.
routes-change = Cambio
routes-asked = Solicitado
routes-approve = Aprobar
routes-routes = Rutas
routes-none = No hay rutas: no se puede enviar ningún reporte. Agregue una ruta predeterminada desde la terminal:
routes-default = predeterminada
routes-priority = prioridad { $number }
routes-no-team = ninguno
routes-up = Subir
routes-down = Bajar
routes-add = Agregar una ruta
routes-preview = ¿Adónde iría un reporte?
routes-country = País del complejo
routes-not-said = No indicado
routes-reporter = Quién reporta
routes-no = No
routes-yes = Sí
routes-language = Idioma del formulario
routes-kind = Tipo
routes-usable-keys = Claves utilizables
routes-new-team = Nuevo equipo
kind-ngo = ONG
kind-embassy = embajada
kind-police = policía
kind-operator = operador
kind-operator-long = Operador (recibe todos los reportes que se le enrutan, sin importar el consentimiento)
routes-add-team = Agregar equipo
routes-another-country = Otro país
routes-priority-number = La prioridad es un número entero (el más bajo se prueba primero).
routes-urgency-values = La urgencia es cualquiera, sí o no.
routes-saved = Ruta guardada.
routes-team-off = El equipo { $team } ya no la recibe.
routes-criteria-changed = Los criterios cambiaron, así que sus equipos vuelven a recibirla solo cuando suficientes administradores lo aprueben.
routes-team-on = El equipo { $team } la recibe.
routes-default-kept = La ruta predeterminada no se puede eliminar: cada reporte necesita un destino. Edite sus equipos en su lugar.
routes-deleted = Se eliminó la ruta "{ $name }". Los reportes que ya envió conservan sus equipos.
routes-default-last = La ruta predeterminada siempre se prueba al final.
routes-at-end = No se movió nada: ya está en ese extremo.
routes-order-saved = Orden guardado.
routes-approved = Aprobado: el cambio ya está vigente.
routes-team-exists = Ya existe un equipo llamado "{ $name }".
routes-team-added = Se agregó el equipo "{ $name }". Invite a sus respondientes desde la página de administración y luego asígnelo a una ruta.
sessions-ended = { $number ->
    [one] Se cerró { $number } otra sesión.
   *[other] Se cerraron { $number } otras sesiones.
}
adm-link-mailed = también se envió por correo electrónico a { $email }
adm-link-unmailed = no se pudo enviar el correo electrónico: entregue usted mismo el enlace
login-store-failed = No es posible iniciar sesión en este momento: la base de datos rechazó el cambio (incidente { $incident }). No se guardó nada. Intente de nuevo en unos minutos.
store-failed = No se guardó nada: la base de datos rechazó el cambio (incidente { $incident }). Lo que escribió sigue abajo; intente de nuevo en unos minutos.
tip-reply-no-team-key = { $team } no tiene ningún respondiente verificado con una clave utilizable: el equipo no podría leer una respuesta. No se envió nada.
status-new = nuevo
status-triaging = en clasificación
status-verified = confirmado
status-referred = derivado
status-closed = cerrado
reporter-inside = alguien dentro de un complejo ahora
reporter-escaped = alguien que escapó o a quien dejaron salir
reporter-family = un familiar o amigo
reporter-other = otra persona
crit-default = todos los reportes que ninguna otra ruta toma
crit-any = cualquiera
crit-text = país: { $countries }; quién reporta: { $reporters }; urgente: { $urgent }; idioma: { $languages }
warn-fallback-default = los reportes que le llegan no se pueden enviar: se le pide a la fuente que intente de nuevo más tarde
warn-fallback = sus reportes van a la ruta predeterminada en su lugar
warn-no-team = Todavía ningún equipo recibe esta ruta: { $fallback }.
warn-no-key = Esta ruta no llega a ninguna clave verificada y válida: { $fallback }.
warn-consent = Solo las fuentes que aceptan compartir con estos tipos de organización llegan a los equipos de esta ruta; sin ese consentimiento, { $fallback }.
preview-consent-all = Si la fuente acepta compartir con ONG, embajadas y policía
preview-consent-none = Si la fuente no acepta compartir con ninguno de ellos
preview-keys = { $number ->
    [one] { $number } clave
   *[other] { $number } claves
}
preview-via = ruta "{ $route }"
preview-via-fallback = ruta "{ $route }" (la ruta "{ $from }" coincidió, pero no llega a nadie)
preview-no-key = ni la ruta "{ $route }" ni la ruta predeterminada llegan a una clave utilizable
preview-no-route = no hay ninguna ruta
preview-nobody = nadie — { $why }; se le pediría a la fuente que intente de nuevo más tarde.
preview-asked = Un reporte desde { $country }, de { $reporter }, { $urgent }, en { $language }, llegaría a:
preview-no-country = un país no indicado
preview-no-role = alguien que no dijo quién es
pending-join = Que { $person } se una al equipo { $team }
pending-route = Que el equipo { $team } reciba la ruta "{ $route }"
preview-urgent = urgente
preview-not-urgent = no urgente
routes-team-keys = { $number ->
    [one] { $number } clave utilizable
   *[other] { $number } claves utilizables
}

# draft: files block, not yet checked by a native speaker
## Archivos enviados con un reporte (Files sent with a tip)
tip-files-title = Archivos enviados con este reporte ({ $count })
tip-files-hint = Cada archivo se cifra aparte del reporte y se abre con la misma clave. El reporte (o la información agregada con la que llegó el archivo) indica el nombre, el tipo, el tamaño y el SHA-256 de cada archivo, y si Tipline le quitó los datos de ubicación y de cámara. Abra un archivo descargado con tipline open, GnuPG, sq o RNP. Un archivo puede contener cualquier cosa: ábralo en una computadora de confianza y, si puede, sin conexión a la red.
tip-file-download = Descargar el archivo { $number } (cifrado, { $size })
