# Tipline responder and admin pages: English, the reference.
# Every id here must exist in each staff language (Lang::STAFF:
# en th my zh-Hans fr es); `cargo test --lib i18n` checks it.
# Terms: "tip" is a report as responders see it; "route" decides which
# teams a tip reaches; "vet" means an admin checked a key's fingerprint
# with its owner; "seal" means encrypt with OpenPGP.

## Every responder and admin page

staff-site = Tipline responders
staff-demo = Demo instance — reports here are encrypted to a key whose secret is public. Never use it for real reports.
staff-brand = Tipline · responders
staff-nav-label = Account
staff-nav-dashboard = Dashboard
staff-nav-inbox = Inbox
staff-nav-reader = Reader
staff-nav-admin = Admin
staff-nav-admin-mark = (admin)
staff-logout = Log out
staff-languages = Language

## Log in

login-title = Log in
staff-email = E-mail address
staff-password = Password
login-code = Code from your authenticator app
login-code-hint = Six digits. Lost your phone? Type one of your recovery codes instead; each works once.
login-invite-only = Accounts are made by invitation only. If you cannot log in, ask an admin of this instance.
login-busy = The server is busy. Wait a minute and try again.
login-logged-out = You are logged out.
login-ended = Your session ended (30 minutes without activity, or 12 hours after login). Log in again.
login-failed = That did not work: the e-mail address, the password or the code is not right. Check them and try again.
login-form-old = This login form is too old. Try again.
login-form-elsewhere = This login form was not opened in this browser, or its cookie is gone. Try again on this page.
login-wait = { $number ->
    [one] Too many attempts for this address. Wait { $number } second, then try again.
   *[other] Too many attempts for this address. Wait { $number } seconds, then try again.
}

## Words used on several pages

key-fingerprint = Fingerprint
key-algorithm = Algorithm
key-created = Created
key-expires = Expires
expires-never = never
key-status = Status
key-file = Public key file
key-paste = Or paste it here
col-name = Name
col-email = E-mail
col-id = Id
col-teams = Teams
col-state = State
role-admin = admin
role-responder = responder
instance-signs = Every report and e-mail from this instance is signed with the key whose fingerprint is:
password-new = New password
password-new-again = The new password again
codes-new = Make new recovery codes
codes-once = If you lose your phone, each of these codes replaces one authenticator code, once. Write them down or keep them in your password manager, away from your phone. They are shown only now.
totp-secret = Secret:
totp-link = Set-up link for apps on this device
back-to-admin = ← Admin

## Dashboard

dash-title = Dashboard
dash-signed-in = Signed in as { $email }
dash-codes-low = { $number ->
    [one] Only { $number } recovery code left. Make new ones under "Second factor" below before you run out.
   *[other] Only { $number } recovery codes left. Make new ones under "Second factor" below before you run out.
}
dash-key = Your key
dash-key-vetted = Vetted: reports reach you.
dash-key-pending = Pending: an admin must compare this fingerprint with you out of band and vet it. You receive nothing until then.
dash-key-expiring = Expires within 30 days: extend its expiry and send the updated key to an admin, or you will stop receiving reports.
dash-key-expired = Expired: you receive nothing. Extend its expiry and send the updated key to an admin.
dash-key-revoked = Revoked: you receive nothing.
dash-key-unusable = Unusable for encryption: you receive nothing.
dash-teams = Teams:
dash-key-update = Update your key
dash-key-update-hint = Upload the same key with a new expiry or subkey, or its revocation: it keeps its vetting (a revocation stops delivery at once). A different key is pending until an admin vets it. Your other sessions end.
dash-current-password = Your current password
dash-key-update-button = Update my key
dash-no-key = No key is registered for your account, so no report is sealed to you.
dash-pending = Responders waiting to be vetted
dash-pending-hint = Compare each fingerprint with the person over a channel you trust (in person, or a call on a number you already had) before you vet it. Until then they receive nothing.
dash-pending-where = Vet them on the admin page, or from the shell:
dash-instance = This instance
dash-instance-pin = Pin it in your mail client or with the command below; a message signed by any other key did not come from here.
dash-language = Language
dash-language-label = Language of the responder and admin pages
dash-language-save = Save
dash-language-saved = The language of your pages is saved.
dash-password-change = Change your password
dash-password-change-button = Change password
dash-password-sessions = Your other sessions end when you change it.
dash-codes-left = { $number ->
    [one] Recovery codes left: { $number } of 10.
   *[other] Recovery codes left: { $number } of 10.
}
dash-new-app = Move to a new authenticator app
dash-new-app-hint = For a new phone, while you still have the old one. (A lost phone: ask an admin to reset your second factor.) Your other sessions end when you confirm.
dash-new-app-button = Set up a new app
dash-new-codes-hint = Ten new codes are shown once; the old ones stop working. Your other sessions end.
dash-sessions = Sessions
dash-sessions-limits = You are logged out after 30 minutes without activity, and 12 hours after you logged in.
dash-logout-everywhere = Log out everywhere else
dash-logged-out-elsewhere = { $number ->
    [one] Logged out everywhere else: { $number } other session ended.
   *[other] Logged out everywhere else: { $number } other sessions ended.
}
dash-wrong-password = Your current password is not right; nothing was changed.
dash-passwords-differ = The two new passwords are not the same.
dash-password-refused = Choose another password: { $why }.
dash-password-changed = { $number ->
    [one] Password changed. { $number } other session ended.
   *[other] Password changed. { $number } other sessions ended.
}
dash-factor-old = That set-up page is too old (or from another session); nothing was changed. Start again.
dash-factor-wrong-code = That code is not right. Check that your phone's clock is correct, and type the code the new app shows now.
dash-factor-switched = { $number ->
    [one] Your new authenticator app is in use; codes from the old one no longer work. { $number } other session ended.
   *[other] Your new authenticator app is in use; codes from the old one no longer work. { $number } other sessions ended.
}
dash-key-none = No key is registered for your account.
dash-key-choose = Choose your public key file, or paste the key.
dash-key-updated = Your key was updated; nothing else changes.
dash-key-updated-stop = Your key was updated: { $why }. Nothing more is sealed to it.
dash-key-new-pending = Your new key { $fingerprint } is pending: you receive nothing until an admin has compared its fingerprint with you and vetted it.
dash-key-unchanged = Your key was not changed: { $why }.

## Second factor

factor-title = Second factor
factor-add = Add your account to the new authenticator app
factor-add-hint = Scan the code with the new app, or type the secret by hand. Your old app keeps working until you confirm a code from the new one here.
factor-code = The six-digit code the new app shows now
factor-switch = Switch to the new app
factor-time = This page works for 15 minutes. When you confirm, your other sessions end.
factor-cancel = Cancel and keep the old app
factor-codes = Your new recovery codes
factor-codes-old = Your old recovery codes no longer work.
factor-codes-saved = I have saved them — back to the dashboard

## Setting up an account from an invitation

inv-title = Set up your account
inv-for = For { $email }
inv-step-password = 1. Choose a password
inv-password-hint = At least 8 characters, at most 128. A few unrelated words are easier to type and harder to guess than a short jumble. Very common passwords are refused.
inv-password-again = The same password again
inv-continue = Continue
inv-step-totp = 2. Add this account to your authenticator app
inv-totp-hint = Scan the code with an authenticator app (for example Aegis, FreeOTP or Google Authenticator), or type the secret by hand. Every login needs your password and a code from the app.
inv-totp-code = The six-digit code the app shows now
inv-confirm = Confirm
inv-step-codes = 3. Your recovery codes
inv-codes-shown = Your recovery codes were shown once already. If you did not save them, make new ones (the old ones stop working).
inv-codes-saved = I have saved them — continue
inv-step-key = 4. Your OpenPGP key
inv-key-registered = An admin already registered this key for you. Check that the fingerprint is the one of the key you hold:
inv-key-not-yours = If it is not yours, do not continue: tell the admin who invited you.
inv-key-mine = This is my key — finish
inv-key-needed = Reports for { $team } are encrypted to your public key, so that only you can read them. Upload the public key file (.asc) or paste it. Never upload your secret key.
inv-key-admin = As an admin you receive no reports, so you need no key. You can finish now.
inv-name = Your name, as your colleagues know you
inv-key-upload = Upload my key and finish
inv-finish = Finish
inv-ready = Your account is ready
inv-your-key = Your key:
inv-key-pending = Your key is pending. An admin will compare this fingerprint with you over a channel you both trust (in person or on a call) before you receive any report. Have it at hand.
inv-pin = Write it down and pin it in your mail client: a message signed by any other key did not come from here.
inv-link-dead = This invitation link does not work
inv-link-dead-body = It was already used, replaced by a newer one, or it expired. Ask the admin who invited you for a new link.
inv-passwords-differ = The two passwords are not the same.
inv-password-refused = Choose another password: { $why }.
inv-wrong-code = That code is not right. Check that your phone's clock is correct, and type the code the app shows now.
inv-name-needed = Give your name (at most 100 characters, on one line).
inv-key-refused = This key cannot be used: { $why }.
inv-key-taken = This key is already registered here. Ask an admin to give your login to it.

## Inbox

inbox-title = Inbox
inbox-no-team = You are not in any team, so no tip reaches you. Admins see tips only as members of a team a tip was sent to.
inbox-team = Team
inbox-all-teams = All my teams
inbox-any = Any
inbox-urgent = Urgent
urgent = urgent
inbox-urgent-only = Urgent only
inbox-not-urgent = Not urgent
inbox-assigned = Assigned
inbox-anyone = Anyone
inbox-to-me = To me
inbox-to-nobody = To nobody
inbox-label = Label
inbox-labels = Labels
inbox-order = Order
inbox-newest = Newest first
inbox-oldest = Oldest first
inbox-show = Show
inbox-count = { $number ->
    [one] { $number } tip
   *[other] { $number } tips
}
inbox-page = page { $page } of { $pages }
inbox-received = Received
inbox-route = Route
inbox-older = ← Older
inbox-newer = ← Newer
inbox-older-next = Older →
inbox-newer-next = Newer →

## A tip

tip-title = Tip of { $day }
tip-back = ← Inbox
tip-received = Tip received { $day }
tip-read = Read it
tip-read-hint = The report is encrypted; open it with your secret key on your own device.
tip-eml = Download as e-mail (.eml)
tip-eml-hint = open it in Thunderbird or another OpenPGP mail client.
tip-asc = Download the encrypted message (.asc)
tip-triage = Triage
tip-status-for = Status for { $team }
tip-status-change = Change status
tip-assigned-to = Assigned to
tip-nobody = Nobody
tip-assign = Assign
tip-no-labels = No labels yet.
tip-label-remove = remove
tip-label-remove-named = Remove label { $label }
tip-label-new = Add a label
tip-label-add = Add label
tip-conversation = Conversation with the source
tip-conversation-hint = Replies are encrypted to the source's key and to the vetted keys of { $team }; the source reads them with their codename on the follow-up page. What the source adds arrives here (and by e-mail). Download one to read it.
tip-no-messages = No messages yet.
tip-source-added = the source added information
tip-reply-by = reply by { $author }
tip-sealed-in-browser = sealed in the browser, not signed by the instance:
tip-message-file = message (.asc)
tip-reply = Reply to the source
tip-reply-hint = Write plainly and ask one thing at a time: the source may read this on a watched phone. Do not name other organisations or people who are not already in the report.
tip-reply-send = Send reply (encrypted)
tip-no-source-key = This tip has no source key: its source cannot receive replies.
tip-notes = Internal notes
tip-notes-hint = Notes are encrypted on arrival to the vetted keys of { $team }; the server keeps no readable copy. Download one to read it.
tip-no-notes = No notes yet.
tip-note-file = note (.asc)
tip-note-new = New note
tip-note-save = Save note (encrypted)
tip-status-impossible = That status change is not possible from here.
tip-assign-member = Assign the tip to a member of the team.
tip-label-length = A label has 1 to 40 characters.
tip-label-max = A tip has at most 20 labels.
tip-note-length = A note has 1 to 20,000 characters.
tip-note-no-key = The note was not saved: this team has no vetted key that can receive it.
tip-reply-length = Write a reply of 1 to 20,000 characters.
tip-reply-no-key = This tip has no source key, so no reply can reach its source.
tip-reply-refused = The reply was refused: { $why }.

## The reader (decrypts in the browser)

reader-needs-js = The reader decrypts tips in this browser and needs JavaScript. Without it, download each tip from its page (.eml or .asc) and open it in your mail client or with "tipline open".
reader-key-memory = Your secret key is loaded into this page's memory only and never leaves this browser; close the tab to forget it. A server that was broken into could send a reader that steals keys: for the highest assurance, read tips in your mail client or with "tipline open" on your own computer.
reader-secret-key = Your secret key
reader-key-file = Secret key file (.asc)
reader-key-paste = Or paste it
reader-passphrase = Passphrase
reader-keep = Keep the key, still encrypted with its passphrase, in this browser
reader-kept = An encrypted key is kept in this browser: leave the fields empty to use it.
reader-forget = Forget it
reader-load = Load key and decrypt
reader-tips = Tips
reader-cap = { $number ->
    [one] The { $number } most recent tip of this view is decrypted.
   *[other] The { $number } most recent tips of this view are decrypted.
}
reader-filter = Change the filter in the inbox
reader-search = Search the decrypted text
reader-group = Group by compound (same name in the same country, or within 1 km)
reader-csv = Export CSV
reader-geojson = Export GeoJSON

## Admin: home

audit-title = Audit log
audit-csv = Export all as CSV
audit-day = Day
audit-time = Time (UTC)
audit-who = Who
audit-what = What
audit-detail = Detail
adm-routing-link = Routing and teams
adm-changes-waiting = { $number ->
    [one] { $number } change to teams or routes waits for approval:
   *[other] { $number } changes to teams or routes wait for approval:
}
adm-see-them = see them
adm-link-made = Link made
adm-link-hint = Give this link to the person over a channel you trust. It works once, for 72 hours. It is not shown again.
adm-waiting = Waiting to be vetted
adm-waiting-hint = { $number ->
    [one] A responder receives nothing until an admin has approved their key. Open each one and compare the fingerprint with the person out of band before you approve.
   *[other] A responder receives nothing until { $number } admins have approved their key. Open each one and compare the fingerprint with the person out of band before you approve.
}
adm-no-one-waiting = No one is waiting.
adm-approved-by = Approved by
adm-responders = Responders
adm-no-responders = No vetted responders yet.
adm-key = Key
state-active = active
state-invited = invited
state-disabled = disabled
state-suspended = suspended
state-vetted = vetted
state-pending = pending
key-state-vetted = vetted
key-state-pending = pending
key-state-expiring = expiring
key-state-expired = expired
key-state-revoked = revoked
key-state-unusable = unusable
adm-alerts = Alerts
adm-no-alerts = No open alerts.
adm-accounts = Accounts
adm-role = Role
adm-lost-phone = Lost phone?
adm-reset-factor = Reset second factor
adm-reset-hint = Resetting ends the person's sessions and sends them a single-use link to enrol a new authenticator; the link is also shown here once. Confirm who is asking before you do it.
adm-reset-hint-many = Resetting ends the person's sessions and sends them a single-use link to enrol a new authenticator; the link is also shown here once, except another admin's, which is only e-mailed to them. Confirm who is asking before you do it.
adm-invite = Invite someone
adm-role-responder = Responder
adm-role-admin = Admin
adm-invite-team = Team (for a responder who brings a new key)
adm-invite-registered = Or a login for a key already registered (from the shell)
adm-invite-button = Make an invitation link
adm-invite-shell-key = With more than one approval required, a login for a registered key is made from the shell (tipline admin invite --responder), so that no admin can give themselves a team's reports.
adm-invite-shell-admin = With more than one approval required, admins are invited from the shell (tipline admin invite), so that no admin can make the votes they need.
adm-invite-failed = No invitation made: { $why }.
adm-reset-failed = Nothing was reset: { $why }.
adm-reset-mailed = The second factor of { $email } was reset; the enrolment link was e-mailed to them only (another admin's link is never shown here while more than one approval is required).
adm-reset-unmailed = The second factor of { $email } was reset, but the e-mail could not be sent. Make a new link from the shell: tipline admin reset-totp --email { $email }

## Admin: one responder (vetting)

vet-key-state = Key state
vet-before = Before you approve:
vet-compare = compare this fingerprint out of band, group by group, with the one the person reads to you over a channel you already trust — in person, or a call to a number you had before. Never compare it over the channel the key arrived by.
vet-approvals = Approvals: { $number } of { $need }
vet-you-approved = You have approved. Another admin must approve too.
vet-approve = I compared the fingerprint — approve
vet-no-team = In no team: they receive nothing.
vet-take-out = Take out of this team
vet-add-to-team = Add to a team
waiting-approval = waiting for approval
vet-approve-joining = Approve joining
vet-add = Add
vet-joining-hint = Joining a team takes effect once { $number } admins have approved it.
vet-suspension = Suspension
vet-suspended = Suspended: nothing new is sealed to this responder.
vet-reinstate-needs = Reinstating needs { $number } admins, as vetting does.
vet-approved-so-far = It has been approved so far by { $names }.
vet-approve-reinstating = Approve reinstating
vet-reinstate = Reinstate
vet-suspend-hint = A suspended responder receives nothing new; tips already sealed to them stay as they are.
vet-suspend = Suspend
vet-remove-title = Remove
vet-remove-hint = Removing ends their login and takes them out of every team: nothing new is sealed to them. Tips already sealed to them stay as they are. This cannot be undone; to pause them, suspend instead.
vet-remove = Remove this responder
vet-done = Vetted: reports reach this responder from now on.
vet-already = Already vetted.
vet-joined = Joined: they receive this team's reports from now on (once vetted).
vet-left = No longer in team "{ $team }": nothing new that reaches that team reaches them.
vet-not-yourself = You cannot remove yourself: another admin must.
vet-reinstated = Reinstated: reports reach this responder again from now on.
vet-not-suspended = Not suspended: nothing to reinstate.
vet-key-changed = Not approved: the key changed since you opened this page. Compare the fingerprint shown now.
vet-own-access = You cannot approve a change that widens your own access (your key, your membership, your team's routes): another admin must.
vet-key-unusable = Not vetted: the key cannot be used ({ $why }).
vet-recorded = Your approval is recorded ({ $number } of { $need }). Another admin must approve too.
vet-twice = You approved already ({ $number } of { $need }). Another admin must approve; one person cannot count twice.
vet-effect = Done.
vet-nothing = Nothing to do: this was already in effect.

## Admin: routing

route-new = New route
route-back = ← Routing
route-title = Route: { $name }
route-default-hint = This is the default route: it takes every report that no other route takes, so it has no criteria and cannot be deleted.
route-countries = Country of the compound (none ticked: any)
route-reporters = Reporter (none ticked: any)
route-danger = Someone in immediate danger
route-either = Either
route-urgent-only = Only urgent reports
route-not-urgent-only = Only reports that are not urgent
route-languages = Language the form was shown in (none ticked: any)
route-priority = Priority (lower is tried first; empty: after the others)
route-teams = Teams that receive it
route-no-teams = No teams yet: add one on the routing page.
route-teams-hint = A team added here receives the route once { $number } admins have approved (teams waiting are approved from the routing page); a team taken off stops at once. Changing the countries, reporters, urgency or languages of a route asks for its teams' approval again.
route-delete = Delete this route
route-delete-hint = Reports it already routed keep their teams and their triage.
routes-title = Routing
routes-intro = Each report goes to the first route that matches it, from the top; a criterion left empty matches anything, and the default route takes whatever no other route does. A route reaches its teams' vetted keys — NGO, embassy and police teams only when the source agreed to share with them. Changing routes changes only where new reports go.
routes-waiting = Waiting for approval
routes-waiting-hint = These changes take effect once { $number } different admins have approved them.
routes-change = Change
routes-asked = Asked
routes-approve = Approve
routes-routes = Routes
routes-none = There are no routes: no report can be sent. Add a default route from the shell:
routes-default = default
routes-priority = priority { $number }
routes-no-team = none
routes-up = Move up
routes-down = Move down
routes-add = Add a route
routes-preview = Where would a report go?
routes-country = Country of the compound
routes-not-said = Not said
routes-reporter = Reporter
routes-no = No
routes-yes = Yes
routes-language = Form language
routes-kind = Kind
routes-usable-keys = Usable keys
routes-new-team = New team
kind-ngo = NGO
kind-embassy = embassy
kind-police = police
kind-operator = operator
kind-operator-long = Operator (receives every report routed to it, whatever the consent)
routes-add-team = Add team
routes-another-country = Another country
routes-priority-number = The priority is a whole number (lower is tried first).
routes-urgency-values = Urgency is any, yes or no.
routes-saved = Route saved.
routes-team-off = Team { $team } no longer receives it.
routes-criteria-changed = The criteria changed, so its teams receive it again only once enough admins approve.
routes-team-on = Team { $team } receives it.
routes-default-kept = The default route cannot be deleted: every report needs somewhere to go. Edit its teams instead.
routes-deleted = Route "{ $name }" deleted. Tips it already routed keep their teams.
routes-default-last = The default route is always tried last.
routes-at-end = Nothing moved: it is already at that end.
routes-order-saved = Order saved.
routes-approved = Approved: the change is in effect.
routes-team-exists = A team called "{ $name }" already exists.
routes-team-added = Team "{ $name }" added. Invite its responders from the admin page, then bind it to a route.
sessions-ended = { $number ->
    [one] { $number } other session ended.
   *[other] { $number } other sessions ended.
}
adm-link-mailed = also e-mailed to { $email }
adm-link-unmailed = the e-mail could not be sent: pass the link on yourself
login-store-failed = Logging in is not possible right now: the database refused the change (incident { $incident }). Nothing was saved. Try again in a few minutes.
store-failed = Nothing was saved: the database refused the change (incident { $incident }). What you typed is still below; try again in a few minutes.
tip-reply-no-team-key = { $team } has no vetted responder with a usable key: a reply could not be read by the team. Nothing was sent.
status-new = new
status-triaging = triaging
status-verified = verified
status-referred = referred
status-closed = closed
reporter-inside = inside a compound now
reporter-escaped = escaped or released
reporter-family = family member or friend
reporter-other = other
crit-default = every report no other route takes
crit-any = any
crit-text = country: { $countries }; reporter: { $reporters }; urgent: { $urgent }; language: { $languages }
warn-fallback-default = reports that reach it cannot be sent: the source is asked to try again later
warn-fallback = its reports go to the default route instead
warn-no-team = No team receives this route yet: { $fallback }.
warn-no-key = This route reaches no vetted, valid key: { $fallback }.
warn-consent = Only sources who agree to share with these kinds of organisation reach this route's teams; without that consent, { $fallback }.
preview-consent-all = If the source agrees to share with NGOs, embassies and police
preview-consent-none = If the source agrees to none of them
preview-keys = { $number ->
    [one] { $number } key
   *[other] { $number } keys
}
preview-via = route "{ $route }"
preview-via-fallback = route "{ $route }" (route "{ $from }" matched but reaches no one)
preview-no-key = route "{ $route }" and the default route reach no usable key
preview-no-route = there is no route
preview-nobody = nobody — { $why }; the source would be asked to try again later.
preview-asked = A report from { $country }, by { $reporter }, { $urgent }, in { $language } would reach:
preview-no-country = an unnamed country
preview-no-role = someone who did not say who they are
pending-join = { $person } to join team { $team }
pending-route = Team { $team } to receive route "{ $route }"
preview-urgent = urgent
preview-not-urgent = not urgent
routes-team-keys = { $number ->
    [one] { $number } usable key
   *[other] { $number } usable keys
}

## Files sent with a tip
tip-files-title = Files sent with this tip ({ $count })
tip-files-hint = Each file is sealed apart from the report and opens with the same key. The report (or the addition a file came with) lists each file's name, type, size, SHA-256, and whether Tipline removed its location and camera data. Open a downloaded file with tipline open, GnuPG, sq or RNP. A file can hold anything: open it on a computer you trust, with no network if you can.
tip-file-download = Download file { $number } (encrypted, { $size })
