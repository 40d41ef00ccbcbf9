## Tipline source pages — English (the reference locale: every id lives here)

site-name = Tipline
skip-to-form = Skip to the form
demo-banner = DEMO INSTANCE — for trials only. Reports here are encrypted to a demo key whose secret is public. Do not send a real report.
language-label = Language

## The report form
form-title = Report a scam compound or a missing person
form-intro = This form is anonymous. We do not record your address, device or browser. What you write is encrypted before it is stored, so only the organisations it is sent to can read it. Every field is optional, but please tell us where the compound is or what happened.
form-safety = If your phone is checked by others, use a private window and close it when you are done. Your keyboard may remember words you type.
form-operator-always = The organisation running this service always receives your report. You choose below whether it may also be shared with others.
form-errors-title = Please check the form
form-error-where-or-what = Please tell us where the compound is (country, town or compound name) or what happened (details).

section-you = About you
role-label = Who are you?
role-inside = I am inside a compound now
role-escaped = I escaped or was released from a compound
role-family = I am a family member or friend of someone held
role-other = Other

danger-label = Is anyone in immediate danger?
danger-yes = Yes
danger-no = No
danger-unsure = I don't know
danger-help-title = In danger right now? What to do
danger-help-intro = If you can, call for help now. Local police near some compounds may work with the compound owners; your country's embassy is often safer. Save the numbers before you need them.
danger-help-embassy = Contact your own country's embassy or consulate: they can help people held abroad, even without a passport.

section-where = Where is the compound?
country-label = Country
country-choose = Choose a country
country-other-label = Other country
area-label = Town or area
area-hint = For example: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ
compound-label = Compound or company name
building-label = Buildings
building-hint = Building number, colour, floor, what you can see nearby
location-label = Coordinates or map link
location-hint = For example 16.6870, 98.5085 or a map link. We read the numbers only; we never open the link.

section-held = People held there
held-count-label = About how many people are held?
held-nationalities-label = Their nationalities

section-people = People in danger
people-intro = Tell us about each person you are worried about. Add as many as you need.
person-heading = Person { $number }
person-name-label = Name
person-age-label = Age
person-nationality-label = Nationality
person-nationality-other-label = Other nationality
person-contact-label = Phone number or messaging account
person-last-contact-label = Last contact (date)
add-person = Add another person

section-recruitment = How were they recruited?
recruit-platform-label = Where did they find the job? (app, website, social media)
recruit-ad-label = What did the job offer promise?
recruit-agent-label = Agent or recruiter (name, phone, account)
passports-label = Were passports taken?
passports-yes = Yes
passports-no = No
passports-unknown = I don't know

section-details = What happened?
details-label = Details
details-hint = Anything that can help: what you saw, what happened, dates, names, how people are treated.

section-contact = Contacting you
contact-method-label = A safe way to contact you, if any
contact-method-hint = Leave empty if it is not safe to contact you.
contact-time-label = When is it safe to contact you?

section-consent = Who may receive your report?
consent-intro = Tick only what you agree to. If you tick nothing, only the organisation running this service receives the report.
consent-ngo = Other aid organisations (NGOs) may receive my report
consent-embassy = Embassies may receive my report
consent-police = Police may receive my report

submit = Send the report securely
chars-max = At most { $max } characters.

## Field errors (never repeat what was typed)
error-too-long = Too long: at most { $max } characters.
error-choice = Please choose one of the options.
error-number = Please enter a number.

## Receipt
receipt-title = Your report was received
receipt-intro = Thank you. Your report is stored encrypted and will be sent to the organisations you chose.
receipt-codename-title = Your codename
receipt-codename-intro = This is the only time you will see it. With it you can come back later to read replies and add information.
receipt-keep-safe-title = Keep it safe
receipt-keep-1 = Learn it by heart, or write it somewhere nobody will check. Do not take a screenshot.
receipt-keep-2 = Anyone with the codename can read the replies to your report.
receipt-keep-3 = We cannot recover a lost codename: we never stored it.
receipt-keyboard = Your phone's keyboard may still remember words you typed. If your phone may be checked, clear the keyboard's learned words and close this window.
receipt-urgent-title = If someone is in danger now
receipt-new-report = Send another report

## Other pages
already-title = Your report was already received
already-body = This form was already sent, so we did not store it twice. If you want to add something, send a new report.
busy-title = Busy — please try again in a few minutes
busy-body = Many reports are arriving right now. Nothing you sent was stored. Please go back and send the form again in a few minutes; what you typed should still be in the form.
unavailable-title = Reports cannot be accepted right now
unavailable-body = Nothing was stored. Please try again later, or contact a trusted organisation or your embassy directly.
store-failed-title = Your report could not be saved
store-failed-body = Something went wrong on our side, and nothing you sent was kept. What you typed is still in the form below: please send it again in a few minutes. If it keeps happening, mention this code: { $incident }
bad-request-title = The form could not be read
bad-request-body = Please go back and send the form again.
forbidden-title = This form has expired or came from another site
forbidden-body = Nothing was stored. Please open the form again and send it from there.
too-large-title = The report is too large
too-large-body = Nothing was stored. Please shorten the text and try again.
not-found-title = Page not found
not-found-body = There is nothing at this address.
internal-title = Something went wrong
internal-body = Nothing you sent was lost on your side; please try again. If it keeps happening, mention this code: { $incident }
back-to-form = Back to the form

## Countries: their names come from CLDR (countries.ftl, generated); only "Other" is written here
country-OTHER = Other

## Emergency numbers, shown for the chosen country
emergency-MM = Myanmar: police 199, ambulance 192
emergency-KH = Cambodia: police 117, ambulance 119
emergency-LA = Laos: police 191, ambulance 195
emergency-TH = Thailand: police 191, tourist police 1155, ambulance 1669
emergency-PH = Philippines: emergency 911
emergency-MY = Malaysia: emergency 999 (112 from a mobile)
emergency-ID = Indonesia: emergency 112, police 110
emergency-VN = Vietnam: police 113, ambulance 115
emergency-AE = United Arab Emirates: police 999, ambulance 998

## Follow-up: a source comes back with their codename
followup-title = Replies and more information
followup-open-title = Enter your codename
followup-read-again = Read the replies again
followup-intro = Type the codename you were given when you sent your report. Capital letters, extra spaces and dashes do not matter.
followup-codename-label = Your codename
followup-open = Open
followup-not-recognised = That codename was not recognised. Check the words and try again.
followup-replies-title = Replies to your report
followup-no-replies = No replies yet. Come back later.
followup-replies-once = The replies are shown only now; to read them again, enter your codename again.
followup-add-title = Add information or correct your report
followup-add-intro = What you write here is encrypted and sent to the same organisations as your report.
followup-add-label = What you want to add
followup-add-submit = Send securely
followup-added = Thank you. What you added was received and will reach the same organisations as your report.
followup-add-empty = Write something to add, or choose a file (at most 20,000 characters).
followup-files-added = { $count ->
    [one] Your file was added too.
   *[other] Your { $count } files were added too.
}
followup-add-unavailable = This cannot be sent right now. Try again later; nothing you wrote was lost.
followup-store-failed = Something went wrong on our side, and nothing was saved. Anything you wrote is still below: please try again in a few minutes.
followup-logout = Log out
followup-logged-out = You are logged out. Close this window.
followup-session-note = You are logged out after 15 minutes without activity. Log out when you are done, especially on a shared phone.
followup-session-ended = Your session ended. Enter your codename again.
followup-kept-label = What you were adding, kept here: enter your codename and press Open, then press Send securely
followup-busy = Too many codenames are being tried right now. Wait a few minutes and try again.
followup-add-later = Enough has been added to this report for today. Try again tomorrow; nothing you wrote was lost.
receipt-followup = Come back to the follow-up page with your codename to read replies and to add information:
receipt-followup-link = read replies and add information

## Quick exit and device safety (on every source page)
leave-now = Leave now
leave-now-title = Leave this site at once and open an ordinary page
safety-link = Keep your phone safe
safety-title = Keep your phone safe
safety-intro = If someone may check your phone, they can find signs that you used this site. Here is what they can find and how to remove it. It takes a minute.
safety-history-title = Browser history
safety-history-body = Your browser remembers the pages you open. Use a private window (also called Incognito) or Tor Browser, and close it when you are done. If you used a normal window, delete this site from the history.
safety-kept-title = What stays even in a private window
safety-kept-body = While the window is open, the back button can show the form and the receipt again. Close the window when you are done. What you typed is not saved in the history, but a normal window may keep the page addresses.
safety-keyboard-title = Keyboard
safety-keyboard-body = Your keyboard may learn the words you type and suggest them later. In the keyboard settings, clear the learned words, or turn off suggestions before you type.
safety-downloads-title = Downloads and screenshots
safety-downloads-body = Do not take screenshots of these pages or download them. If you did, delete them, then empty the "Recently deleted" or trash folder too.
safety-notifications-title = Notifications
safety-notifications-body = This site never sends notifications. If you gave a way to contact you, a message from an organisation may appear on your screen: give a contact that only you can see.
safety-private-title = Private window or Tor Browser
safety-private-body = A private window forgets the pages when you close it. Tor Browser also hides from your phone company and the network which site you open. This site works in both, even with JavaScript turned off.
safety-codename-title = Your codename
safety-codename-body = The codename is the only thing to keep. Learn it by heart, or write it where nobody will look. Anyone who has it can read the replies to your report.
safety-leave = The "Leave now" link at the top of every page opens an ordinary page at once.

## Files sent with a report
section-files = Photos, screenshots and files
files-label = Add files (you can choose several)
files-hint = For example photos of the place, screenshots of the job offer or of chats, voice notes, documents. Up to { $count } files, at most { $size } in all.
files-metadata = Photos can contain where and when they were taken and which phone took them. That can help find the compound, but it can also point to you.
photo-data-legend = Location and camera data in photos
photo-data-remove = Remove it (safer for you)
photo-data-keep = Keep it (it can show where a photo was taken, and which phone took it)
photo-data-formats = Tipline removes it from JPEG, PNG, WebP and HEIC photos without changing the picture. Other files (videos, voice notes, documents) are kept exactly as you send them. Leave out any file that could show who you are.
files-again = If the form comes back to you with a question, choose your files again: they are only kept once the report is sent.
error-file-too-large = The file “{ $name }” is larger than { $size }. Nothing was sent. Leave it out or choose a smaller one, then choose your files again.
error-files-too-large = Your files together are larger than { $size }. Nothing was sent. Leave some out, then choose your files again.
error-too-many-files = You chose more than { $count } files. Nothing was sent. Choose at most { $count }.
error-file-empty = The file “{ $name }” is empty: it may not be on your phone yet. Nothing was sent. Choose it again or leave it out.
files-choose-again = Please choose your files again: they were not kept.
receipt-files = { $count ->
    [one] Your file was received with your report.
   *[other] Your { $count } files were received with your report.
}
