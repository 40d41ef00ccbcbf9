## Tipline source pages — Français (French)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = signalement, codename = nom de code, compound = camp (camp d'arnaque), organisation = organisation, encrypted = chiffré, private window = fenêtre privée, Leave now = Quitter maintenant

site-name = Tipline
skip-to-form = Aller directement au formulaire
demo-banner = DEMO — version d'essai, seulement pour des tests. Les signalements envoyés ici sont chiffrés avec une clé de test dont le secret est public. N'envoyez pas de vrai signalement.
language-label = Langue

## Le formulaire de signalement (The report form)
form-title = Signaler un camp d'arnaque ou une personne disparue
form-intro = Ce formulaire est anonyme. Nous n'enregistrons ni votre adresse, ni votre appareil, ni votre navigateur. Ce que vous écrivez est chiffré avant d'être enregistré : seules les organisations qui le reçoivent peuvent le lire. Aucune case n'est obligatoire, mais s'il vous plaît, dites-nous où se trouve le camp ou ce qui s'est passé.
form-safety = Si d'autres personnes regardent votre téléphone, utilisez une fenêtre privée et fermez-la quand vous avez fini. Votre clavier peut retenir les mots que vous tapez.
form-operator-always = L'organisation qui gère ce service reçoit toujours votre signalement. Plus bas, vous choisissez s'il peut aussi être partagé avec d'autres.
form-errors-title = Merci de vérifier le formulaire
form-error-where-or-what = Dites-nous où se trouve le camp (pays, ville ou nom du camp) ou ce qui s'est passé (détails).

section-you = À propos de vous
role-label = Qui êtes-vous ?
role-inside = Je suis dans un camp en ce moment
role-escaped = J'ai pu quitter un camp (fuite ou libération)
role-family = Je suis de la famille ou un proche d'une personne retenue
role-other = Autre

danger-label = Quelqu'un est-il en danger immédiat ?
danger-yes = Oui
danger-no = Non
danger-unsure = Je ne sais pas
danger-help-title = En danger en ce moment ? Que faire
danger-help-intro = Si vous le pouvez, appelez à l'aide maintenant. Près de certains camps, la police locale peut travailler avec les patrons du camp ; l'ambassade de votre pays est souvent plus sûre. Enregistrez les numéros avant d'en avoir besoin.
danger-help-embassy = Contactez l'ambassade ou le consulat de votre pays : ils peuvent aider les personnes retenues à l'étranger, même sans passeport.

section-where = Où se trouve le camp ?
country-label = Pays
country-choose = Choisissez un pays
country-other-label = Autre pays
country-OTHER = Autre
area-label = Ville ou région
area-hint = Par exemple : Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ (Triangle d'or)
compound-label = Nom du camp ou de l'entreprise
building-label = Bâtiments
building-hint = Numéro du bâtiment, couleur, étage, ce que vous voyez autour
location-label = Coordonnées GPS ou lien vers une carte
location-hint = Par exemple 16.6870, 98.5085 ou un lien vers une carte. Nous lisons seulement les chiffres ; nous n'ouvrons jamais le lien.

section-held = Personnes retenues sur place
held-count-label = Combien de personnes environ sont retenues ?
held-nationalities-label = Leurs nationalités

section-people = Personnes en danger
people-intro = Parlez-nous de chaque personne pour qui vous avez peur. Ajoutez-en autant qu'il faut.
person-heading = Personne { $number }
person-name-label = Nom
person-age-label = Âge
person-nationality-label = Nationalité
person-nationality-other-label = Autre nationalité
person-contact-label = Numéro de téléphone ou compte de messagerie
person-last-contact-label = Dernier contact (date)
add-person = Ajouter une autre personne

section-recruitment = Comment ont-ils été recrutés ?
recruit-platform-label = Où ont-ils trouvé ce travail ? (application, site web, réseaux sociaux)
recruit-ad-label = Que promettait l'offre d'emploi ?
recruit-agent-label = Agent ou recruteur (nom, téléphone, compte)
passports-label = Les passeports ont-ils été pris ?
passports-yes = Oui
passports-no = Non
passports-unknown = Je ne sais pas

section-details = Que s'est-il passé ?
details-label = Détails
details-hint = Tout ce qui peut aider : ce que vous avez vu, ce qui s'est passé, des dates, des noms, comment les gens sont traités.

section-contact = Vous contacter
contact-method-label = Un moyen sûr de vous contacter, s'il y en a un
contact-method-hint = Laissez vide si ce n'est pas sûr de vous contacter.
contact-time-label = À quel moment peut-on vous contacter sans danger ?

section-consent = Qui peut recevoir votre signalement ?
consent-intro = Cochez seulement ce que vous acceptez. Si vous ne cochez rien, seule l'organisation qui gère ce service reçoit le signalement.
consent-ngo = D'autres organisations d'aide (ONG) peuvent recevoir mon signalement
consent-embassy = Les ambassades peuvent recevoir mon signalement
consent-police = La police peut recevoir mon signalement

submit = Envoyer le signalement en sécurité
chars-max = { $max } caractères au maximum.

## Erreurs dans les champs (Field errors — never repeat what was typed)
error-too-long = Trop long : { $max } caractères au maximum.
error-choice = Choisissez une des réponses.
error-number = Écrivez un nombre.

## Signalement reçu (Receipt)
receipt-title = Votre signalement a bien été reçu
receipt-intro = Merci. Votre signalement est enregistré sous forme chiffrée et sera envoyé aux organisations que vous avez choisies.
receipt-codename-title = Votre nom de code
receipt-codename-intro = C'est la seule fois que vous le verrez. Avec lui, vous pourrez revenir plus tard lire les réponses et ajouter des informations.
receipt-keep-safe-title = Gardez-le en sécurité
receipt-keep-1 = Apprenez-le par cœur, ou écrivez-le dans un endroit que personne ne regardera. Ne faites pas de capture d'écran.
receipt-keep-2 = Toute personne qui a le nom de code peut lire les réponses à votre signalement.
receipt-keep-3 = Nous ne pouvons pas retrouver un nom de code perdu : nous ne l'avons jamais enregistré.
receipt-keyboard = Le clavier de votre téléphone peut encore se souvenir des mots que vous avez tapés. Si quelqu'un peut regarder votre téléphone, effacez les mots appris par le clavier et fermez cette fenêtre.
receipt-urgent-title = Si quelqu'un est en danger maintenant
receipt-new-report = Envoyer un autre signalement

## Autres pages (Other pages)
already-title = Votre signalement a déjà été reçu
already-body = Ce formulaire a déjà été envoyé, donc nous ne l'avons pas enregistré deux fois. Si vous voulez ajouter quelque chose, envoyez un nouveau signalement.
busy-title = Trop de monde — réessayez dans quelques minutes
busy-body = Beaucoup de signalements arrivent en ce moment. Rien de ce que vous avez envoyé n'a été enregistré. Revenez en arrière et renvoyez le formulaire dans quelques minutes ; ce que vous avez tapé devrait encore être dans le formulaire.
unavailable-title = Nous ne pouvons pas recevoir de signalements en ce moment
unavailable-body = Rien n'a été enregistré. Réessayez plus tard, ou contactez directement une organisation de confiance ou votre ambassade.
store-failed-title = Votre signalement n'a pas pu être enregistré
store-failed-body = Un problème est survenu de notre côté, et rien de ce que vous avez envoyé n'a été gardé. Ce que vous avez tapé est encore dans le formulaire ci-dessous : renvoyez-le dans quelques minutes. Si cela continue, donnez ce code : { $incident }
bad-request-title = Le formulaire n'a pas pu être lu
bad-request-body = Revenez en arrière et renvoyez le formulaire.
forbidden-title = Ce formulaire a expiré ou vient d'un autre site
forbidden-body = Rien n'a été enregistré. Ouvrez à nouveau le formulaire et envoyez-le depuis cette page.
too-large-title = Le signalement est trop long
too-large-body = Rien n'a été enregistré. Raccourcissez le texte et réessayez.
not-found-title = Page introuvable
not-found-body = Il n'y a rien à cette adresse.
internal-title = Un problème est survenu
internal-body = Rien de ce que vous avez envoyé n'est perdu de votre côté ; réessayez. Si cela continue, donnez ce code : { $incident }
back-to-form = Retour au formulaire

## Numéros d'urgence, selon le pays choisi (Emergency numbers, shown for the chosen country)
emergency-MM = Myanmar (Birmanie) : police 199, ambulance 192
emergency-KH = Cambodge : police 117, ambulance 119
emergency-LA = Laos : police 191, ambulance 195
emergency-TH = Thaïlande : police 191, police touristique 1155, ambulance 1669
emergency-PH = Philippines : urgences 911
emergency-MY = Malaisie : urgences 999 (112 depuis un portable)
emergency-ID = Indonésie : urgences 112, police 110
emergency-VN = Viêt Nam : police 113, ambulance 115
emergency-AE = Émirats arabes unis : police 999, ambulance 998

## Suivi : revenir avec son nom de code (Follow-up: a source comes back with their codename)
followup-title = Réponses et nouvelles informations
followup-open-title = Entrez votre nom de code
followup-read-again = Relire les réponses
followup-intro = Tapez le nom de code qu'on vous a donné quand vous avez envoyé votre signalement. Les majuscules, les espaces en trop et les tirets ne comptent pas.
followup-codename-label = Votre nom de code
followup-open = Ouvrir
followup-not-recognised = Ce nom de code n'a pas été reconnu. Vérifiez les mots et réessayez.
followup-replies-title = Réponses à votre signalement
followup-no-replies = Pas encore de réponse. Revenez plus tard.
followup-replies-once = Les réponses s'affichent seulement maintenant ; pour les relire, entrez à nouveau votre nom de code.
followup-add-title = Ajouter des informations ou corriger votre signalement
followup-add-intro = Ce que vous écrivez ici est chiffré et envoyé aux mêmes organisations que votre signalement.
followup-add-label = Ce que vous voulez ajouter
followup-add-submit = Envoyer en sécurité
followup-added = Merci. Ce que vous avez ajouté a bien été reçu et arrivera aux mêmes organisations que votre signalement.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Écrivez quelque chose à ajouter, ou choisissez un fichier (20 000 caractères au maximum).
followup-files-added = { $count ->
    [one] Votre fichier a aussi été ajouté.
   *[other] Vos { $count } fichiers ont aussi été ajoutés.
}
followup-add-unavailable = Impossible d'envoyer cela en ce moment. Réessayez plus tard ; rien de ce que vous avez écrit n'est perdu.
followup-store-failed = Un problème est survenu de notre côté, et rien n'a été enregistré. Tout ce que vous avez écrit est encore ci-dessous : réessayez dans quelques minutes.
followup-logout = Se déconnecter
followup-logged-out = La déconnexion est faite. Fermez cette fenêtre.
followup-session-note = La session se ferme après 15 minutes sans activité. Déconnectez-vous quand vous avez fini, surtout sur un téléphone partagé.
followup-session-ended = Votre session est terminée. Entrez à nouveau votre nom de code.
followup-kept-label = Ce que vous étiez en train d'ajouter, gardé ici : entrez votre nom de code et appuyez sur Ouvrir, puis sur Envoyer en sécurité
followup-busy = Trop de noms de code sont essayés en ce moment. Attendez quelques minutes et réessayez.
followup-add-later = Assez d'informations ont été ajoutées à ce signalement pour aujourd'hui. Réessayez demain ; rien de ce que vous avez écrit n'est perdu.
receipt-followup = Revenez sur la page de suivi avec votre nom de code pour lire les réponses et ajouter des informations :
receipt-followup-link = lire les réponses et ajouter des informations

## Sortie rapide et sécurité du téléphone (Quick exit and device safety — on every source page)
leave-now = Quitter maintenant
leave-now-title = Quitter ce site tout de suite et ouvrir une page ordinaire
safety-link = Protéger votre téléphone
safety-title = Protéger votre téléphone
safety-intro = Si quelqu'un peut regarder votre téléphone, il peut trouver des traces de votre passage sur ce site. Voici ce qu'il peut trouver et comment l'effacer. Cela prend une minute.
safety-history-title = Historique du navigateur
safety-history-body = Votre navigateur se souvient des pages que vous ouvrez. Utilisez une fenêtre privée (aussi appelée navigation privée ou Incognito) ou Tor Browser, et fermez-la quand vous avez fini. Si vous avez utilisé une fenêtre normale, effacez ce site de l'historique.
safety-kept-title = Ce qui reste, même dans une fenêtre privée
safety-kept-body = Tant que la fenêtre est ouverte, le bouton Retour peut afficher à nouveau le formulaire et la page de confirmation. Fermez la fenêtre quand vous avez fini. Ce que vous avez tapé n'est pas enregistré dans l'historique, mais une fenêtre normale peut garder les adresses des pages.
safety-keyboard-title = Clavier
safety-keyboard-body = Votre clavier peut apprendre les mots que vous tapez et vous les proposer plus tard. Dans les réglages du clavier, effacez les mots appris, ou désactivez les suggestions avant de taper.
safety-downloads-title = Téléchargements et captures d'écran
safety-downloads-body = Ne faites pas de captures d'écran de ces pages et ne les téléchargez pas. Si vous l'avez fait, supprimez-les, puis videz aussi le dossier « Supprimés récemment » ou la corbeille.
safety-notifications-title = Notifications
safety-notifications-body = Ce site n'envoie jamais de notifications. Si vous avez donné un moyen de vous contacter, un message d'une organisation peut apparaître sur votre écran : donnez un contact que personne d'autre que vous ne peut voir.
safety-private-title = Fenêtre privée ou Tor Browser
safety-private-body = Une fenêtre privée oublie les pages quand vous la fermez. Tor Browser cache en plus le site que vous ouvrez à votre opérateur téléphonique et au réseau. Ce site marche dans les deux, même avec JavaScript désactivé.
safety-codename-title = Votre nom de code
safety-codename-body = Le nom de code est la seule chose à garder. Apprenez-le par cœur, ou écrivez-le là où personne ne regardera. Toute personne qui l'a peut lire les réponses à votre signalement.
safety-leave = Le lien « Quitter maintenant », en haut de chaque page, ouvre tout de suite une page ordinaire.

# draft: files block, not yet checked by a native speaker
## Fichiers envoyés avec un signalement (Files sent with a report)
section-files = Photos, captures d'écran et fichiers
files-label = Ajouter des fichiers (vous pouvez en choisir plusieurs)
files-hint = Par exemple des photos du lieu, des captures d'écran de l'offre d'emploi ou de conversations, des messages vocaux, des documents. Jusqu'à { $count } fichiers, { $size } au maximum en tout.
files-metadata = Une photo peut contenir le lieu et le moment où elle a été prise, et le téléphone qui l'a prise. Cela peut aider à trouver le camp, mais cela peut aussi mener jusqu'à vous.
photo-data-legend = Données de lieu et d'appareil dans les photos
photo-data-remove = Les retirer (plus sûr pour vous)
photo-data-keep = Les garder (elles peuvent montrer où une photo a été prise, et avec quel téléphone)
photo-data-formats = Tipline retire ces données des photos JPEG, PNG, WebP et HEIC sans modifier l'image. Les autres fichiers (vidéos, messages vocaux, documents) sont gardés exactement tels que vous les envoyez. N'envoyez aucun fichier qui pourrait montrer qui vous êtes.
files-again = Si le formulaire vous revient avec une question, choisissez à nouveau vos fichiers : ils ne sont gardés qu'une fois le signalement envoyé.
error-file-too-large = Le fichier « { $name } » dépasse { $size }. Rien n'a été envoyé. Retirez-le ou choisissez-en un plus petit, puis choisissez à nouveau vos fichiers.
error-files-too-large = Ensemble, vos fichiers dépassent { $size }. Rien n'a été envoyé. Retirez-en quelques-uns, puis choisissez à nouveau vos fichiers.
error-too-many-files = Vous avez choisi plus de { $count } fichiers. Rien n'a été envoyé. Choisissez-en { $count } au maximum.
error-file-empty = Le fichier « { $name } » est vide : il n'est peut-être pas encore sur votre téléphone. Rien n'a été envoyé. Choisissez-le à nouveau ou retirez-le.
files-choose-again = Choisissez à nouveau vos fichiers : ils n'ont pas été gardés.
receipt-files = { $count ->
    [one] Votre fichier a bien été reçu avec votre signalement.
   *[other] Vos { $count } fichiers ont bien été reçus avec votre signalement.
}
