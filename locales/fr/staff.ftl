# Tipline responder and admin pages — French
# review: all — draft translation, not yet checked by a native speaker
# terms: tip = signalement, route = route, team = équipe, vet = valider (vetting = validation), key = clé, fingerprint = empreinte, second factor = second facteur, recovery code = code de secours, source = source, responder = intervenant, authenticator app = application d'authentification, seal/encrypt = chiffrer, approve = approuver, admin = administrateur, shell = ligne de commande

## Toutes les pages des intervenants et de l'administration (Every responder and admin page)

staff-site = Tipline — intervenants
staff-demo = Instance de démonstration — les signalements envoyés ici sont chiffrés avec une clé dont le secret est public. Ne l'utilisez jamais pour de vrais signalements.
staff-brand = Tipline · intervenants
staff-nav-label = Compte
staff-nav-dashboard = Tableau de bord
staff-nav-inbox = Boîte de réception
staff-nav-reader = Lecteur
staff-nav-admin = Administration
staff-nav-admin-mark = (administrateur)
staff-logout = Se déconnecter
staff-languages = Langue

## Connexion (Log in)

login-title = Se connecter
staff-email = Adresse e-mail
staff-password = Mot de passe
login-code = Code de votre application d'authentification
login-code-hint = Six chiffres. Vous avez perdu votre téléphone ? Tapez plutôt un de vos codes de secours ; chacun ne fonctionne qu'une fois.
login-invite-only = Les comptes sont créés uniquement sur invitation. Si vous ne pouvez pas vous connecter, adressez-vous à un administrateur de cette instance.
login-busy = Le serveur est occupé. Attendez une minute et réessayez.
login-logged-out = La déconnexion est faite.
login-ended = Votre session est terminée (30 minutes sans activité, ou 12 heures après la connexion). Connectez-vous à nouveau.
login-failed = La connexion a échoué : l'adresse e-mail, le mot de passe ou le code est incorrect. Vérifiez-les et réessayez.
login-form-old = Ce formulaire de connexion est trop ancien. Réessayez.
login-form-elsewhere = Ce formulaire de connexion n'a pas été ouvert dans ce navigateur, ou son cookie a disparu. Réessayez sur cette page.
login-wait = { $number ->
    [one] Trop de tentatives pour cette adresse. Attendez { $number } seconde, puis réessayez.
   *[other] Trop de tentatives pour cette adresse. Attendez { $number } secondes, puis réessayez.
}

## Mots communs à plusieurs pages (Words used on several pages)

key-fingerprint = Empreinte
key-algorithm = Algorithme
key-created = Création
key-expires = Expiration
expires-never = jamais
key-status = Statut
key-file = Fichier de clé publique
key-paste = Ou collez-la ici
col-name = Nom
col-email = E-mail
col-id = Identifiant
col-teams = Équipes
col-state = État
role-admin = administrateur
role-responder = intervenant
instance-signs = Chaque signalement et chaque e-mail de cette instance est signé avec la clé dont l'empreinte est :
password-new = Nouveau mot de passe
password-new-again = Le nouveau mot de passe, une seconde fois
codes-new = Créer de nouveaux codes de secours
codes-once = Si vous perdez votre téléphone, chacun de ces codes remplace une fois un code de l'application d'authentification. Notez-les ou gardez-les dans votre gestionnaire de mots de passe, loin de votre téléphone. Ils ne s'affichent que maintenant.
totp-secret = Secret :
totp-link = Lien de configuration pour les applications de cet appareil
back-to-admin = ← Administration

## Tableau de bord (Dashboard)

dash-title = Tableau de bord
dash-signed-in = Compte connecté : { $email }
dash-codes-low = { $number ->
    [one] Il ne vous reste que { $number } code de secours. Créez-en de nouveaux sous « Second facteur » ci-dessous avant d'en manquer.
   *[other] Il ne vous reste que { $number } codes de secours. Créez-en de nouveaux sous « Second facteur » ci-dessous avant d'en manquer.
}
dash-key = Votre clé
dash-key-vetted = Validée : les signalements vous parviennent.
dash-key-pending = En attente : un administrateur doit comparer cette empreinte avec vous par un canal indépendant, puis la valider. D'ici là, vous ne recevez rien.
dash-key-expiring = Expire dans moins de 30 jours : prolongez sa validité et envoyez la clé mise à jour à un administrateur, sinon vous ne recevrez plus de signalements.
dash-key-expired = Expirée : vous ne recevez rien. Prolongez sa validité et envoyez la clé mise à jour à un administrateur.
dash-key-revoked = Révoquée : vous ne recevez rien.
dash-key-unusable = Inutilisable pour le chiffrement : vous ne recevez rien.
dash-teams = Équipes :
dash-key-update = Mettre à jour votre clé
dash-key-update-hint = Importez la même clé avec une nouvelle date d'expiration ou une nouvelle sous-clé, ou bien sa révocation : elle garde sa validation (une révocation arrête aussitôt les envois). Une autre clé reste en attente jusqu'à ce qu'un administrateur la valide. Vos autres sessions se ferment.
dash-current-password = Votre mot de passe actuel
dash-key-update-button = Mettre à jour ma clé
dash-no-key = Aucune clé n'est enregistrée pour votre compte : aucun signalement n'est donc chiffré pour vous.
dash-pending = Intervenants en attente de validation
dash-pending-hint = Avant de valider, comparez chaque empreinte avec la personne par un canal de confiance (en personne, ou par un appel à un numéro que vous aviez déjà). D'ici là, ces personnes ne reçoivent rien.
dash-pending-where = Validez-les sur la page d'administration, ou en ligne de commande :
dash-instance = Cette instance
dash-instance-pin = Enregistrez-la comme clé de confiance dans votre client de messagerie ou avec la commande ci-dessous ; un message signé par une autre clé ne vient pas d'ici.
dash-language = Langue
dash-language-label = Langue des pages des intervenants et de l'administration
dash-language-save = Enregistrer
dash-language-saved = La langue de vos pages est enregistrée.
dash-password-change = Changer votre mot de passe
dash-password-change-button = Changer le mot de passe
dash-password-sessions = Vos autres sessions se ferment quand vous le changez.
dash-codes-left = { $number ->
    [one] Code de secours restant : { $number } sur 10.
   *[other] Codes de secours restants : { $number } sur 10.
}
dash-new-app = Passer à une nouvelle application d'authentification
dash-new-app-hint = Pour un nouveau téléphone, tant que vous avez encore l'ancien. (Téléphone perdu : demandez à un administrateur de réinitialiser votre second facteur.) Vos autres sessions se ferment quand vous confirmez.
dash-new-app-button = Configurer une nouvelle application
dash-new-codes-hint = Dix nouveaux codes s'affichent une seule fois ; les anciens cessent de fonctionner. Vos autres sessions se ferment.
dash-sessions = Sessions
dash-sessions-limits = Votre session se ferme après 30 minutes sans activité, et 12 heures après la connexion.
dash-logout-everywhere = Se déconnecter partout ailleurs
dash-logged-out-elsewhere = { $number ->
    [one] Déconnexion partout ailleurs : { $number } autre session fermée.
   *[other] Déconnexion partout ailleurs : { $number } autres sessions fermées.
}
dash-wrong-password = Votre mot de passe actuel est incorrect ; rien n'a été modifié.
dash-passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques.
dash-password-refused = Choisissez un autre mot de passe : { $why }.
dash-password-changed = { $number ->
    [one] Mot de passe modifié. { $number } autre session fermée.
   *[other] Mot de passe modifié. { $number } autres sessions fermées.
}
dash-factor-old = Cette page de configuration est trop ancienne (ou vient d'une autre session) ; rien n'a été modifié. Recommencez.
dash-factor-wrong-code = Ce code est incorrect. Vérifiez que l'horloge de votre téléphone est à l'heure, et tapez le code que la nouvelle application affiche maintenant.
dash-factor-switched = { $number ->
    [one] Votre nouvelle application d'authentification est en service ; les codes de l'ancienne ne fonctionnent plus. { $number } autre session fermée.
   *[other] Votre nouvelle application d'authentification est en service ; les codes de l'ancienne ne fonctionnent plus. { $number } autres sessions fermées.
}
dash-key-none = Aucune clé n'est enregistrée pour votre compte.
dash-key-choose = Choisissez votre fichier de clé publique, ou collez la clé.
dash-key-updated = Votre clé a été mise à jour ; rien d'autre ne change.
dash-key-updated-stop = Votre clé a été mise à jour : { $why }. Plus rien n'est chiffré pour elle.
dash-key-new-pending = Votre nouvelle clé { $fingerprint } est en attente : vous ne recevez rien tant qu'un administrateur n'a pas comparé son empreinte avec vous et ne l'a pas validée.
dash-key-unchanged = Votre clé n'a pas été modifiée : { $why }.

## Second facteur (Second factor)

factor-title = Second facteur
factor-add = Ajoutez votre compte à la nouvelle application d'authentification
factor-add-hint = Scannez le code avec la nouvelle application, ou tapez le secret à la main. Votre ancienne application continue de fonctionner jusqu'à ce que vous confirmiez ici un code de la nouvelle.
factor-code = Le code à six chiffres que la nouvelle application affiche maintenant
factor-switch = Passer à la nouvelle application
factor-time = Cette page reste valable 15 minutes. Quand vous confirmez, vos autres sessions se ferment.
factor-cancel = Annuler et garder l'ancienne application
factor-codes = Vos nouveaux codes de secours
factor-codes-old = Vos anciens codes de secours ne fonctionnent plus.
factor-codes-saved = Je les ai enregistrés — retour au tableau de bord

## Configurer un compte à partir d'une invitation (Setting up an account from an invitation)

inv-title = Configurer votre compte
inv-for = Pour { $email }
inv-step-password = 1. Choisissez un mot de passe
inv-password-hint = Au moins 8 caractères, au plus 128. Quelques mots sans rapport entre eux sont plus faciles à taper et plus difficiles à deviner qu'un court mélange de signes. Les mots de passe très courants sont refusés.
inv-password-again = Le même mot de passe, une seconde fois
inv-continue = Continuer
inv-step-totp = 2. Ajoutez ce compte à votre application d'authentification
inv-totp-hint = Scannez le code avec une application d'authentification (par exemple Aegis, FreeOTP ou Google Authenticator), ou tapez le secret à la main. Chaque connexion demande votre mot de passe et un code de l'application.
inv-totp-code = Le code à six chiffres que l'application affiche maintenant
inv-confirm = Confirmer
inv-step-codes = 3. Vos codes de secours
inv-codes-shown = Vos codes de secours ont déjà été affichés une fois. Si vous ne les avez pas enregistrés, créez-en de nouveaux (les anciens cesseront de fonctionner).
inv-codes-saved = Je les ai enregistrés — continuer
inv-step-key = 4. Votre clé OpenPGP
inv-key-registered = Un administrateur a déjà enregistré cette clé pour vous. Vérifiez que l'empreinte est bien celle de la clé que vous détenez :
inv-key-not-yours = Si ce n'est pas la vôtre, n'allez pas plus loin : prévenez l'administrateur qui vous a envoyé l'invitation.
inv-key-mine = C'est ma clé — terminer
inv-key-needed = Les signalements pour { $team } sont chiffrés avec votre clé publique, pour que personne d'autre que vous ne puisse les lire. Importez le fichier de clé publique (.asc) ou collez la clé. N'importez jamais votre clé secrète.
inv-key-admin = Un compte administrateur ne reçoit aucun signalement et n'a donc pas besoin de clé. Vous pouvez terminer maintenant.
inv-name = Votre nom, tel que vos collègues vous connaissent
inv-key-upload = Importer ma clé et terminer
inv-finish = Terminer
inv-ready = Votre compte est prêt
inv-your-key = Votre clé :
inv-key-pending = Votre clé est en attente. Avant que vous ne receviez le moindre signalement, un administrateur comparera cette empreinte avec vous par un canal auquel vous faites tous deux confiance (en personne ou par un appel). Gardez-la à portée de main.
inv-pin = Notez-la et enregistrez-la comme clé de confiance dans votre client de messagerie : un message signé par une autre clé ne vient pas d'ici.
inv-link-dead = Ce lien d'invitation ne fonctionne pas
inv-link-dead-body = Il a déjà été utilisé, il a été remplacé par un lien plus récent, ou il a expiré. Demandez un nouveau lien à l'administrateur qui vous a envoyé l'invitation.
inv-passwords-differ = Les deux mots de passe ne sont pas identiques.
inv-password-refused = Choisissez un autre mot de passe : { $why }.
inv-wrong-code = Ce code est incorrect. Vérifiez que l'horloge de votre téléphone est à l'heure, et tapez le code que l'application affiche maintenant.
inv-name-needed = Indiquez votre nom (100 caractères au maximum, sur une seule ligne).
inv-key-refused = Cette clé ne peut pas être utilisée : { $why }.
inv-key-taken = Cette clé est déjà enregistrée ici. Demandez à un administrateur de lui associer votre accès.

## Boîte de réception (Inbox)

inbox-title = Boîte de réception
inbox-no-team = Vous ne faites partie d'aucune équipe : aucun signalement ne vous parvient. Les administrateurs ne voient les signalements qu'en tant que membres d'une équipe à laquelle un signalement a été envoyé.
inbox-team = Équipe
inbox-all-teams = Toutes mes équipes
inbox-any = Tous
inbox-urgent = Urgence
urgent = urgent
inbox-urgent-only = Urgents seulement
inbox-not-urgent = Non urgents
inbox-assigned = Attribué
inbox-anyone = À n'importe qui
inbox-to-me = À moi
inbox-to-nobody = À personne
inbox-label = Étiquette
inbox-labels = Étiquettes
inbox-order = Ordre
inbox-newest = Plus récents d'abord
inbox-oldest = Plus anciens d'abord
inbox-show = Afficher
inbox-count = { $number ->
    [one] { $number } signalement
   *[other] { $number } signalements
}
inbox-page = page { $page } sur { $pages }
inbox-received = Reçu
inbox-route = Route
inbox-older = ← Plus anciens
inbox-newer = ← Plus récents
inbox-older-next = Plus anciens →
inbox-newer-next = Plus récents →

## Un signalement (A tip)

tip-title = Signalement du { $day }
tip-back = ← Boîte de réception
tip-received = Signalement reçu le { $day }
tip-read = Le lire
tip-read-hint = Le signalement est chiffré ; ouvrez-le avec votre clé secrète sur votre propre appareil.
tip-eml = Télécharger en e-mail (.eml)
tip-eml-hint = ouvrez-le dans Thunderbird ou un autre client de messagerie OpenPGP.
tip-asc = Télécharger le message chiffré (.asc)
tip-triage = Tri
tip-status-for = Statut pour { $team }
tip-status-change = Changer le statut
tip-assigned-to = Attribué à
tip-nobody = Personne
tip-assign = Attribuer
tip-no-labels = Pas encore d'étiquette.
tip-label-remove = retirer
tip-label-remove-named = Retirer l'étiquette { $label }
tip-label-new = Ajouter une étiquette
tip-label-add = Ajouter l'étiquette
tip-conversation = Échanges avec la source
tip-conversation-hint = Les réponses sont chiffrées pour la clé de la source et pour les clés validées de { $team } ; la source les lit avec son nom de code sur la page de suivi. Ce que la source ajoute arrive ici (et par e-mail). Téléchargez un message pour le lire.
tip-no-messages = Pas encore de message.
tip-source-added = la source a ajouté des informations
tip-reply-by = réponse de { $author }
tip-sealed-in-browser = chiffrée dans le navigateur, non signée par l'instance :
tip-message-file = message (.asc)
tip-reply = Répondre à la source
tip-reply-hint = Écrivez simplement et posez une seule question à la fois : la source peut lire ce message sur un téléphone surveillé. Ne nommez pas d'autres organisations ni des personnes qui ne figurent pas déjà dans le signalement.
tip-reply-send = Envoyer la réponse (chiffrée)
tip-no-source-key = Ce signalement n'a pas de clé de source : sa source ne peut pas recevoir de réponses.
tip-notes = Notes internes
tip-notes-hint = Les notes sont chiffrées dès leur arrivée pour les clés validées de { $team } ; le serveur n'en garde aucune copie lisible. Téléchargez une note pour la lire.
tip-no-notes = Pas encore de note.
tip-note-file = note (.asc)
tip-note-new = Nouvelle note
tip-note-save = Enregistrer la note (chiffrée)
tip-status-impossible = Ce changement de statut n'est pas possible à partir d'ici.
tip-assign-member = Attribuez le signalement à un membre de l'équipe.
tip-label-length = Une étiquette compte de 1 à 40 caractères.
tip-label-max = Un signalement a 20 étiquettes au maximum.
tip-note-length = Une note compte de 1 à 20 000 caractères.
tip-note-no-key = La note n'a pas été enregistrée : cette équipe n'a aucune clé validée qui puisse la recevoir.
tip-reply-length = Écrivez une réponse de 1 à 20 000 caractères.
tip-reply-no-key = Ce signalement n'a pas de clé de source : aucune réponse ne peut parvenir à sa source.
tip-reply-refused = La réponse a été refusée : { $why }.

## Le lecteur (déchiffre dans le navigateur) (The reader, decrypts in the browser)

reader-needs-js = Le lecteur déchiffre les signalements dans ce navigateur et a besoin de JavaScript. Sans JavaScript, téléchargez chaque signalement depuis sa page (.eml ou .asc) et ouvrez-le dans votre client de messagerie ou avec « tipline open ».
reader-key-memory = Votre clé secrète est chargée uniquement dans la mémoire de cette page et ne quitte jamais ce navigateur ; fermez l'onglet pour l'effacer. Un serveur piraté pourrait envoyer un lecteur qui vole les clés : pour une sécurité maximale, lisez les signalements dans votre client de messagerie ou avec « tipline open » sur votre propre ordinateur.
reader-secret-key = Votre clé secrète
reader-key-file = Fichier de clé secrète (.asc)
reader-key-paste = Ou collez-la
reader-passphrase = Phrase de passe
reader-keep = Garder la clé dans ce navigateur, toujours chiffrée par sa phrase de passe
reader-kept = Une clé chiffrée est gardée dans ce navigateur : laissez les champs vides pour l'utiliser.
reader-forget = L'oublier
reader-load = Charger la clé et déchiffrer
reader-tips = Signalements
reader-cap = { $number ->
    [one] Seul le signalement le plus récent de cette vue ({ $number }) est déchiffré.
   *[other] Les { $number } signalements les plus récents de cette vue sont déchiffrés.
}
reader-filter = Modifier le filtre dans la boîte de réception
reader-search = Rechercher dans le texte déchiffré
reader-group = Regrouper par camp (même nom dans le même pays, ou à moins de 1 km)
reader-csv = Exporter en CSV
reader-geojson = Exporter en GeoJSON

## Administration : accueil (Admin: home)

audit-title = Journal d'audit
audit-csv = Tout exporter en CSV
audit-day = Jour
audit-time = Heure (UTC)
audit-who = Qui
audit-what = Quoi
audit-detail = Détail
adm-routing-link = Routage et équipes
adm-changes-waiting = { $number ->
    [one] { $number } modification des équipes ou des routes attend une approbation :
   *[other] { $number } modifications des équipes ou des routes attendent une approbation :
}
adm-see-them = les voir
adm-link-made = Lien créé
adm-link-hint = Transmettez ce lien à la personne par un canal de confiance. Il ne fonctionne qu'une fois, pendant 72 heures. Il ne sera plus affiché.
adm-waiting = En attente de validation
adm-waiting-hint = { $number ->
    [one] Un intervenant ne reçoit rien tant qu'un administrateur n'a pas approuvé sa clé. Ouvrez chaque fiche et comparez l'empreinte avec la personne par un canal indépendant avant d'approuver.
   *[other] Un intervenant ne reçoit rien tant que { $number } administrateurs n'ont pas approuvé sa clé. Ouvrez chaque fiche et comparez l'empreinte avec la personne par un canal indépendant avant d'approuver.
}
adm-no-one-waiting = Personne n'est en attente.
adm-approved-by = Approuvé par
adm-responders = Intervenants
adm-no-responders = Pas encore d'intervenant validé.
adm-key = Clé
state-active = actif
state-invited = invité
state-disabled = désactivé
state-suspended = suspendu
state-vetted = validé
state-pending = en attente
key-state-vetted = validée
key-state-pending = en attente
key-state-expiring = expire bientôt
key-state-expired = expirée
key-state-revoked = révoquée
key-state-unusable = inutilisable
adm-alerts = Alertes
adm-no-alerts = Aucune alerte en cours.
adm-accounts = Comptes
adm-role = Rôle
adm-lost-phone = Téléphone perdu ?
adm-reset-factor = Réinitialiser le second facteur
adm-reset-hint = La réinitialisation ferme les sessions de la personne et lui envoie un lien à usage unique pour enregistrer une nouvelle application d'authentification ; le lien s'affiche aussi une fois ici. Vérifiez qui fait la demande avant de le faire.
adm-reset-hint-many = La réinitialisation ferme les sessions de la personne et lui envoie un lien à usage unique pour enregistrer une nouvelle application d'authentification ; le lien s'affiche aussi une fois ici, sauf celui d'un autre administrateur, qui lui est seulement envoyé par e-mail. Vérifiez qui fait la demande avant de le faire.
adm-invite = Inviter quelqu'un
adm-role-responder = Intervenant
adm-role-admin = Administrateur
adm-invite-team = Équipe (pour un intervenant qui apporte une nouvelle clé)
adm-invite-registered = Ou un accès pour une clé déjà enregistrée (en ligne de commande)
adm-invite-button = Créer un lien d'invitation
adm-invite-shell-key = Quand plus d'une approbation est requise, l'accès pour une clé déjà enregistrée se crée en ligne de commande (tipline admin invite --responder), afin qu'aucun administrateur ne puisse s'attribuer les signalements d'une équipe.
adm-invite-shell-admin = Quand plus d'une approbation est requise, les administrateurs sont invités en ligne de commande (tipline admin invite), afin qu'aucun administrateur ne puisse se créer lui-même les votes dont il a besoin.
adm-invite-failed = Aucune invitation créée : { $why }.
adm-reset-failed = Rien n'a été réinitialisé : { $why }.
adm-reset-mailed = Le second facteur de { $email } a été réinitialisé ; le lien d'enregistrement a été envoyé uniquement par e-mail à cette personne (le lien d'un autre administrateur ne s'affiche jamais ici tant que plus d'une approbation est requise).
adm-reset-unmailed = Le second facteur de { $email } a été réinitialisé, mais l'e-mail n'a pas pu être envoyé. Créez un nouveau lien en ligne de commande : tipline admin reset-totp --email { $email }

## Administration : un intervenant (validation) (Admin: one responder, vetting)

vet-key-state = État de la clé
vet-before = Avant d'approuver :
vet-compare = comparez cette empreinte par un canal indépendant, groupe par groupe, avec celle que la personne vous lit par un canal auquel vous faites déjà confiance — en personne, ou par un appel à un numéro que vous aviez déjà. Ne la comparez jamais par le canal par lequel la clé est arrivée.
vet-approvals = Approbations : { $number } sur { $need }
vet-you-approved = Vous avez approuvé. Un autre administrateur doit aussi approuver.
vet-approve = J'ai comparé l'empreinte — approuver
vet-no-team = Dans aucune équipe : cette personne ne reçoit rien.
vet-take-out = Retirer de cette équipe
vet-add-to-team = Ajouter à une équipe
waiting-approval = en attente d'approbation
vet-approve-joining = Approuver l'ajout
vet-add = Ajouter
vet-joining-hint = L'ajout à une équipe prend effet une fois approuvé par { $number } administrateurs.
vet-suspension = Suspension
vet-suspended = Suspendu : plus rien de nouveau n'est chiffré pour cet intervenant.
vet-reinstate-needs = Le rétablissement demande l'approbation de { $number } administrateurs, comme la validation.
vet-approved-so-far = Approuvé jusqu'ici par { $names }.
vet-approve-reinstating = Approuver le rétablissement
vet-reinstate = Rétablir
vet-suspend-hint = Un intervenant suspendu ne reçoit plus rien de nouveau ; les signalements déjà chiffrés pour lui restent tels quels.
vet-suspend = Suspendre
vet-remove-title = Supprimer
vet-remove-hint = La suppression met fin à son accès et le retire de toutes les équipes : plus rien de nouveau n'est chiffré pour lui. Les signalements déjà chiffrés pour lui restent tels quels. C'est irréversible ; pour une simple pause, suspendez-le plutôt.
vet-remove = Supprimer cet intervenant
vet-done = Validé : les signalements parviennent désormais à cet intervenant.
vet-already = Déjà validé.
vet-joined = Ajouté : cette personne reçoit désormais les signalements de cette équipe (une fois sa clé validée).
vet-left = Ne fait plus partie de l'équipe « { $team } » : plus rien de nouveau de cette équipe ne lui parvient.
vet-not-yourself = Vous ne pouvez pas vous supprimer vous-même : un autre administrateur doit le faire.
vet-reinstated = Rétabli : les signalements parviennent de nouveau à cet intervenant.
vet-not-suspended = Pas suspendu : rien à rétablir.
vet-key-changed = Non approuvé : la clé a changé depuis que vous avez ouvert cette page. Comparez l'empreinte affichée maintenant.
vet-own-access = Vous ne pouvez pas approuver une modification qui élargit votre propre accès (votre clé, votre appartenance à une équipe, les routes de votre équipe) : un autre administrateur doit le faire.
vet-key-unusable = Non validé : la clé est inutilisable ({ $why }).
vet-recorded = Votre approbation est enregistrée ({ $number } sur { $need }). Un autre administrateur doit aussi approuver.
vet-twice = Vous avez déjà approuvé ({ $number } sur { $need }). Un autre administrateur doit approuver ; une même personne ne peut pas compter deux fois.
vet-effect = C'est fait.
vet-nothing = Rien à faire : c'était déjà en vigueur.

## Administration : routage (Admin: routing)

route-new = Nouvelle route
route-back = ← Routage
route-title = Route : { $name }
route-default-hint = Ceci est la route par défaut : elle prend tous les signalements qu'aucune autre route ne prend ; elle n'a donc pas de critères et ne peut pas être supprimée.
route-countries = Pays du camp (aucun coché : tous)
route-reporters = Type de source (aucun coché : tous)
route-danger = Quelqu'un en danger immédiat
route-either = Indifférent
route-urgent-only = Seulement les signalements urgents
route-not-urgent-only = Seulement les signalements non urgents
route-languages = Langue dans laquelle le formulaire a été affiché (aucune cochée : toutes)
route-priority = Priorité (la plus basse est essayée en premier ; vide : après les autres)
route-teams = Équipes qui la reçoivent
route-no-teams = Pas encore d'équipe : ajoutez-en une sur la page de routage.
route-teams-hint = Une équipe ajoutée ici reçoit les signalements de la route une fois que { $number } administrateurs ont approuvé (les équipes en attente s'approuvent depuis la page de routage) ; une équipe retirée cesse aussitôt de les recevoir. Modifier les pays, les types de source, l'urgence ou les langues d'une route redemande l'approbation pour ses équipes.
route-delete = Supprimer cette route
route-delete-hint = Les signalements qu'elle a déjà acheminés gardent leurs équipes et leur tri.
routes-title = Routage
routes-intro = Chaque signalement va à la première route qui lui correspond, en partant du haut ; un critère laissé vide correspond à tout, et la route par défaut prend ce qu'aucune autre route ne prend. Une route atteint les clés validées de ses équipes — les équipes d'ONG, d'ambassade et de police seulement si la source a accepté le partage avec elles. Modifier les routes ne change que la destination des nouveaux signalements.
routes-waiting = En attente d'approbation
routes-waiting-hint = Ces modifications prennent effet une fois approuvées par { $number } administrateurs différents.
routes-change = Modification
routes-asked = Demandée le
routes-approve = Approuver
routes-routes = Routes
routes-none = Il n'y a aucune route : aucun signalement ne peut être envoyé. Ajoutez une route par défaut en ligne de commande :
routes-default = par défaut
routes-priority = priorité { $number }
routes-no-team = aucune
routes-up = Monter
routes-down = Descendre
routes-add = Ajouter une route
routes-preview = Où irait un signalement ?
routes-country = Pays du camp
routes-not-said = Non précisé
routes-reporter = Type de source
routes-no = Non
routes-yes = Oui
routes-language = Langue du formulaire
routes-kind = Type
routes-usable-keys = Clés utilisables
routes-new-team = Nouvelle équipe
kind-ngo = ONG
kind-embassy = Ambassade
kind-police = Police
kind-operator = Gestionnaire du service
kind-operator-long = Gestionnaire du service (reçoit tous les signalements qui lui sont acheminés, quel que soit le consentement)
routes-add-team = Ajouter l'équipe
routes-another-country = Autre pays
routes-priority-number = La priorité est un nombre entier (la plus basse est essayée en premier).
routes-urgency-values = L'urgence doit être : indifférent, oui ou non.
routes-saved = Route enregistrée.
routes-team-off = L'équipe { $team } ne la reçoit plus.
routes-criteria-changed = Les critères ont changé : ses équipes ne la recevront de nouveau qu'après l'approbation d'un nombre suffisant d'administrateurs.
routes-team-on = L'équipe { $team } la reçoit.
routes-default-kept = La route par défaut ne peut pas être supprimée : chaque signalement doit pouvoir aller quelque part. Modifiez plutôt ses équipes.
routes-deleted = Route « { $name } » supprimée. Les signalements qu'elle a déjà acheminés gardent leurs équipes.
routes-default-last = La route par défaut est toujours essayée en dernier.
routes-at-end = Rien n'a bougé : elle est déjà à cette extrémité.
routes-order-saved = Ordre enregistré.
routes-approved = Approuvé : la modification est en vigueur.
routes-team-exists = Une équipe nommée « { $name } » existe déjà.
routes-team-added = Équipe « { $name } » ajoutée. Invitez ses intervenants depuis la page d'administration, puis associez-la à une route.
sessions-ended = { $number ->
    [one] { $number } autre session fermée.
   *[other] { $number } autres sessions fermées.
}
adm-link-mailed = également envoyé par e-mail à { $email }
adm-link-unmailed = l'e-mail n'a pas pu être envoyé : transmettez le lien vous-même
login-store-failed = La connexion est impossible pour le moment : la base de données a refusé la modification (incident { $incident }). Rien n'a été enregistré. Réessayez dans quelques minutes.
store-failed = Rien n'a été enregistré : la base de données a refusé la modification (incident { $incident }). Ce que vous avez tapé est encore ci-dessous ; réessayez dans quelques minutes.
tip-reply-no-team-key = { $team } n'a aucun intervenant validé disposant d'une clé utilisable : l'équipe ne pourrait pas lire la réponse. Rien n'a été envoyé.
status-new = nouveau
status-triaging = en cours de tri
status-verified = vérifié
status-referred = transmis
status-closed = clos
reporter-inside = dans un camp en ce moment
reporter-escaped = sortie d'un camp (fuite ou libération)
reporter-family = famille ou proche
reporter-other = autre
crit-default = tout signalement qu'aucune autre route ne prend
crit-any = indifférent
crit-text = pays : { $countries } ; source : { $reporters } ; urgent : { $urgent } ; langue : { $languages }
warn-fallback-default = les signalements qui l'atteignent ne peuvent pas être envoyés : la source est invitée à réessayer plus tard
warn-fallback = ses signalements vont à la place à la route par défaut
warn-no-team = Aucune équipe ne reçoit encore cette route : { $fallback }.
warn-no-key = Cette route n'atteint aucune clé validée et valable : { $fallback }.
warn-consent = Seules les sources qui acceptent le partage avec ces types d'organisation atteignent les équipes de cette route ; sans ce consentement, { $fallback }.
preview-consent-all = Si la source accepte le partage avec les ONG, les ambassades et la police
preview-consent-none = Si la source n'accepte aucun de ces partages
preview-keys = { $number ->
    [one] { $number } clé
   *[other] { $number } clés
}
preview-via = route « { $route } »
preview-via-fallback = route « { $route } » (la route « { $from } » correspondait mais n'atteint personne)
preview-no-key = la route « { $route } » et la route par défaut n'atteignent aucune clé utilisable
preview-no-route = il n'y a aucune route
preview-nobody = personne — { $why } ; la source serait invitée à réessayer plus tard.
preview-asked = Un signalement (pays : { $country } ; source : { $reporter } ; { $urgent } ; langue : { $language }) irait vers :
preview-no-country = non précisé
preview-no-role = rôle non indiqué
pending-join = Ajout de { $person } à l'équipe { $team }
pending-route = Réception de la route « { $route } » par l'équipe { $team }
preview-urgent = urgent
preview-not-urgent = non urgent
routes-team-keys = { $number ->
    [one] { $number } clé utilisable
   *[other] { $number } clés utilisables
}

# draft: files block, not yet checked by a native speaker
## Fichiers envoyés avec un signalement (Files sent with a tip)
tip-files-title = Fichiers envoyés avec ce signalement ({ $count })
tip-files-hint = Chaque fichier est chiffré à part du signalement et s'ouvre avec la même clé. Le signalement (ou l'ajout avec lequel un fichier est arrivé) indique le nom, le type, la taille et le SHA-256 de chaque fichier, et si Tipline en a retiré les données de lieu et d'appareil. Ouvrez un fichier téléchargé avec tipline open, GnuPG, sq ou RNP. Un fichier peut contenir n'importe quoi : ouvrez-le sur un ordinateur de confiance, hors réseau si possible.
tip-file-download = Télécharger le fichier { $number } (chiffré, { $size })
