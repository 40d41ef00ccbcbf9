## Tipline source pages — Tagalog (Tagalog/Filipino)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = ulat, codename = lihim na pangalan, compound = kampo (kampo ng panloloko), organisation = organisasyon, encrypted = naka-encrypt, private window = pribadong window (Incognito), Leave now = Umalis agad, form = pormularyo, phone = telepono, site = website, replies = sagot

site-name = Tipline
skip-to-form = Lumaktaw papunta sa pormularyo
demo-banner = DEMO — pansubok lang ito. Ang mga ulat dito ay naka-encrypt gamit ang pansubok na susi na alam ng lahat, kaya kahit sino ay makakabasa. Huwag magpadala ng totoong ulat.
language-label = Wika

## Ang pormularyo ng ulat (The report form)
form-title = Mag-ulat ng kampo ng panloloko o ng taong nawawala
form-intro = Hindi mo kailangang magpakilala sa pormularyong ito. Hindi namin itinatala kung saan ka kumokonekta, ang iyong telepono o ang iyong browser. Ang isinusulat mo ay naka-encrypt bago itago, kaya ang mga organisasyong padadalhan lang nito ang makakabasa. Hindi kailangang sagutin ang lahat ng tanong, pero pakisabi kung nasaan ang kampo o kung ano ang nangyari.
form-safety = Kung may ibang tumitingin sa telepono mo, gumamit ng pribadong window at isara ito kapag tapos ka na. Maaaring tandaan ng keyboard mo ang mga salitang isinusulat mo.
form-operator-always = Laging natatanggap ng organisasyong nagpapatakbo ng serbisyong ito ang iyong ulat. Ikaw ang pipili sa ibaba kung puwede rin itong ibigay sa iba.
form-errors-title = Pakitingnan muli ang pormularyo
form-error-where-or-what = Pakisabi kung nasaan ang kampo (bansa, bayan o pangalan ng kampo) o kung ano ang nangyari (mga detalye).

section-you = Tungkol sa iyo
role-label = Sino ka?
role-inside = Nasa loob ako ng kampo ngayon
role-escaped = Nakatakas ako o pinalaya mula sa kampo
role-family = Kapamilya o kaibigan ako ng isang taong nakakulong doon
role-other = Iba pa

danger-label = May tao bang nasa panganib ngayon mismo?
danger-yes = Oo
danger-no = Wala
danger-unsure = Hindi ko alam
danger-help-title = Nasa panganib ngayon? Ano ang gagawin
danger-help-intro = Kung kaya mo, tumawag agad ng tulong. Ang lokal na pulis malapit sa ilang kampo ay maaaring kasabwat ng mga may-ari ng kampo; kadalasang mas ligtas ang embahada ng iyong bansa. Itabi na ang mga numero bago mo pa kailanganin.
danger-help-embassy = Makipag-ugnayan sa embahada o konsulado ng sarili mong bansa: natutulungan nila ang mga taong nakakulong sa ibang bansa, kahit walang pasaporte.

section-where = Nasaan ang kampo?
country-label = Bansa
country-choose = Pumili ng bansa
country-other-label = Ibang bansa
country-OTHER = Iba pa
area-label = Bayan o lugar
area-hint = Halimbawa: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ
compound-label = Pangalan ng kampo o kumpanya
building-label = Mga gusali
building-hint = Numero ng gusali, kulay, palapag, ano ang nakikita mo sa paligid
location-label = Lokasyon sa GPS o link ng mapa
location-hint = Halimbawa: 16.6870, 98.5085 o isang link ng mapa. Ang mga numero lang ang binabasa namin; hindi namin kailanman binubuksan ang link.

section-held = Mga taong nakakulong doon
held-count-label = Mga ilang tao ang nakakulong?
held-nationalities-label = Ang kanilang mga nasyonalidad

section-people = Mga taong nasa panganib
people-intro = Sabihin sa amin ang tungkol sa bawat taong inaalala mo. Magdagdag hangga't kailangan mo.
person-heading = Tao bilang { $number }
person-name-label = Pangalan
person-age-label = Edad
person-nationality-label = Nasyonalidad
person-nationality-other-label = Ibang nasyonalidad
person-contact-label = Numero ng telepono o account na ginagamit sa pagmemensahe
person-last-contact-label = Huling nakausap (petsa)
add-person = Magdagdag ng isa pang tao

section-recruitment = Paano sila kinuha para sa trabaho?
recruit-platform-label = Saan nila nakita ang trabaho? (app, website, social media)
recruit-ad-label = Ano ang ipinangako ng alok na trabaho?
recruit-agent-label = Ahente o taong nag-alok ng trabaho (pangalan, telepono, account)
passports-label = Kinuha ba ang mga pasaporte?
passports-yes = Oo
passports-no = Hindi
passports-unknown = Hindi ko alam

section-details = Ano ang nangyari?
details-label = Mga detalye
details-hint = Kahit anong makakatulong: ang nakita mo, ang nangyari, mga petsa, mga pangalan, kung paano tinatrato ang mga tao.

section-contact = Pakikipag-ugnayan sa iyo
contact-method-label = Ligtas na paraan para makipag-ugnayan sa iyo, kung mayroon
contact-method-hint = Iwanang blangko kung hindi ligtas na makipag-ugnayan kami sa iyo.
contact-time-label = Kailan ligtas na makipag-ugnayan sa iyo?

section-consent = Sino ang puwedeng makatanggap ng iyong ulat?
consent-intro = Lagyan ng tsek ang mga pinapayagan mo lang. Kung wala kang lalagyan ng tsek, ang organisasyong nagpapatakbo lang ng serbisyong ito ang makakatanggap ng ulat.
consent-ngo = Puwedeng matanggap ng ibang organisasyong tumutulong (NGO) ang aking ulat
consent-embassy = Puwedeng matanggap ng mga embahada ang aking ulat
consent-police = Puwedeng matanggap ng pulis ang aking ulat

submit = Ipadala nang ligtas ang ulat
chars-max = Hanggang { $max } titik lang.

## Mga mali sa pagsagot (Field errors — never repeat what was typed)
error-too-long = Masyadong mahaba: hanggang { $max } titik lang.
error-choice = Pakipili ng isa sa mga pagpipilian.
error-number = Pakilagay ng numero.

## Resibo (Receipt)
receipt-title = Natanggap na ang iyong ulat
receipt-intro = Salamat. Ang iyong ulat ay nakatago nang naka-encrypt at ipapadala sa mga organisasyong pinili mo.
receipt-codename-title = Ang iyong lihim na pangalan
receipt-codename-intro = Ngayon mo lang ito makikita. Gamit ito, puwede kang bumalik mamaya para basahin ang mga sagot at magdagdag ng impormasyon.
receipt-keep-safe-title = Itago ito nang mabuti
receipt-keep-1 = Kabisaduhin ito, o isulat sa lugar na walang titingin. Huwag itong i-screenshot.
receipt-keep-2 = Ang sinumang may hawak ng lihim na pangalan ay makakabasa ng mga sagot sa iyong ulat.
receipt-keep-3 = Hindi namin maibabalik ang nawalang lihim na pangalan: hindi namin ito kailanman itinago.
receipt-keyboard = Maaaring natatandaan pa ng keyboard ng telepono mo ang mga salitang isinulat mo. Kung maaaring tingnan ng iba ang telepono mo, burahin ang mga salitang natutunan ng keyboard at isara ang window na ito.
receipt-urgent-title = Kung may taong nasa panganib ngayon
receipt-new-report = Magpadala ng isa pang ulat

## Ibang mga pahina (Other pages)
already-title = Natanggap na dati ang iyong ulat
already-body = Naipadala na ang pormularyong ito, kaya hindi namin ito itinago nang dalawang beses. Kung may gusto kang idagdag, magpadala ng bagong ulat.
busy-title = Maraming gumagamit — pakisubukang muli pagkalipas ng ilang minuto
busy-body = Maraming ulat ang dumarating ngayon. Walang naitago sa ipinadala mo. Pakibalik at ipadalang muli ang pormularyo pagkalipas ng ilang minuto; dapat nandoon pa rin sa pormularyo ang isinulat mo.
unavailable-title = Hindi makatanggap ng ulat sa ngayon
unavailable-body = Walang naitago. Pakisubukang muli mamaya, o direktang makipag-ugnayan sa organisasyong pinagkakatiwalaan mo o sa iyong embahada.
store-failed-title = Hindi naitago ang iyong ulat
store-failed-body = Nagkaproblema sa panig namin, at walang naitago sa ipinadala mo. Nandito pa rin sa pormularyo sa ibaba ang isinulat mo: pakipadalang muli pagkalipas ng ilang minuto. Kung patuloy itong nangyayari, banggitin ang code na ito: { $incident }
bad-request-title = Hindi mabasa ang pormularyo
bad-request-body = Pakibalik at ipadalang muli ang pormularyo.
forbidden-title = Paso na ang pormularyong ito, o galing ito sa ibang website
forbidden-body = Walang naitago. Pakibuksan muli ang pormularyo at doon ito ipadala.
too-large-title = Masyadong malaki ang ulat
too-large-body = Walang naitago. Paikliin ang isinulat mo at subukang muli.
not-found-title = Hindi makita ang pahina
not-found-body = Walang makikita sa address na ito.
internal-title = May nangyaring mali
internal-body = Hindi nawala ang ipinadala mo — nasa iyo pa rin ito; pakisubukang muli. Kung patuloy itong nangyayari, banggitin ang code na ito: { $incident }
back-to-form = Bumalik sa pormularyo

## Mga numero para sa emerhensiya (Emergency numbers, shown for the chosen country)
emergency-MM = Myanmar: pulis 199, ambulansiya 192
emergency-KH = Cambodia: pulis 117, ambulansiya 119
emergency-LA = Laos: pulis 191, ambulansiya 195
emergency-TH = Thailand: pulis 191, pulis para sa turista 1155, ambulansiya 1669
emergency-PH = Pilipinas: emerhensiya 911
emergency-MY = Malaysia: emerhensiya 999 (112 kung cellphone ang gamit)
emergency-ID = Indonesia: emerhensiya 112, pulis 110
emergency-VN = Vietnam: pulis 113, ambulansiya 115
emergency-AE = United Arab Emirates: pulis 999, ambulansiya 998

## Pagbalik (Follow-up: a source comes back with their codename)
followup-title = Mga sagot at karagdagang impormasyon
followup-open-title = Ilagay ang iyong lihim na pangalan
followup-read-again = Basahin muli ang mga sagot
followup-intro = Isulat ang lihim na pangalang ibinigay sa iyo nang ipadala mo ang iyong ulat. Hindi mahalaga ang malalaking titik, sobrang espasyo at gitling.
followup-codename-label = Ang iyong lihim na pangalan
followup-open = Buksan
followup-not-recognised = Hindi nakilala ang lihim na pangalang iyan. Suriin ang mga salita at subukang muli.
followup-replies-title = Mga sagot sa iyong ulat
followup-no-replies = Wala pang sagot. Bumalik ka ulit sa ibang pagkakataon.
followup-replies-once = Ngayon lang ipinapakita ang mga sagot; para basahin ulit, ilagay muli ang iyong lihim na pangalan.
followup-add-title = Magdagdag ng impormasyon o itama ang iyong ulat
followup-add-intro = Ang isusulat mo rito ay naka-encrypt at ipapadala sa parehong mga organisasyong pinadalhan ng iyong ulat.
followup-add-label = Ang gusto mong idagdag
followup-add-submit = Ipadala nang ligtas
followup-added = Salamat. Natanggap ang idinagdag mo at makakarating ito sa parehong mga organisasyong pinadalhan ng iyong ulat.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Sumulat ng idadagdag, o pumili ng file (hanggang 20,000 titik).
followup-files-added = { $count ->
   *[other] Naidagdag din ang { $count } file mo.
}
followup-add-unavailable = Hindi ito maipadala ngayon. Subukang muli mamaya; walang nawala sa isinulat mo.
followup-store-failed = Nagkaproblema sa panig namin, at walang naitago. Nandito pa rin sa ibaba ang isinulat mo: pakisubukang muli pagkalipas ng ilang minuto.
followup-logout = Lumabas
followup-logged-out = Nakalabas ka na. Isara ang window na ito.
followup-session-note = Kusa kang ilalabas kapag 15 minuto kang walang ginagawa. Lumabas kapag tapos ka na, lalo na sa teleponong ginagamit din ng iba.
followup-session-ended = Natapos na ang iyong sesyon. Ilagay muli ang iyong lihim na pangalan.
followup-kept-label = Ang idinadagdag mo, itinabi rito: ilagay ang iyong lihim na pangalan at pindutin ang "Buksan", saka pindutin ang "Ipadala nang ligtas"
followup-busy = Masyadong maraming lihim na pangalan ang sinusubukan ngayon. Maghintay ng ilang minuto at subukang muli.
followup-add-later = Sapat na ang naidagdag sa ulat na ito para sa araw na ito. Subukang muli bukas; walang nawala sa isinulat mo.
receipt-followup = Bumalik sa pahina ng mga sagot gamit ang iyong lihim na pangalan para basahin ang mga sagot at magdagdag ng impormasyon:
receipt-followup-link = basahin ang mga sagot at magdagdag ng impormasyon

## Mabilis na pag-alis at kaligtasan ng telepono (Quick exit and device safety — on every source page)
leave-now = Umalis agad
leave-now-title = Umalis agad sa website na ito at magbukas ng karaniwang pahina
safety-link = Panatilihing ligtas ang telepono mo
safety-title = Panatilihing ligtas ang telepono mo
safety-intro = Kung may maaaring tumingin sa telepono mo, maaari silang makakita ng palatandaan na ginamit mo ang website na ito. Narito kung ano ang makikita nila at kung paano ito buburahin. Isang minuto lang ito.
safety-history-title = Kasaysayan ng browser
safety-history-body = Natatandaan ng browser mo ang mga pahinang binubuksan mo. Gumamit ng pribadong window (tinatawag ding Incognito) o Tor Browser, at isara ito kapag tapos ka na. Kung karaniwang window ang ginamit mo, burahin ang website na ito sa kasaysayan.
safety-kept-title = Ang naiiwan kahit sa pribadong window
safety-kept-body = Habang bukas ang window, maaaring ipakita muli ng pindutang pabalik ang pormularyo at ang resibo. Isara ang window kapag tapos ka na. Hindi naitatago sa kasaysayan ang isinulat mo, pero maaaring itago ng karaniwang window ang mga address ng pahina.
safety-keyboard-title = Keyboard
safety-keyboard-body = Maaaring matutunan ng keyboard mo ang mga salitang isinusulat mo at imungkahi ang mga ito sa susunod. Sa mga setting ng keyboard, burahin ang mga natutunang salita, o patayin ang mga mungkahi bago ka magsulat.
safety-downloads-title = Mga download at screenshot
safety-downloads-body = Huwag i-screenshot o i-download ang mga pahinang ito. Kung nagawa mo na, burahin ang mga ito, saka burahin din ang laman ng folder na "Kamakailang binura" o ng basurahan.
safety-notifications-title = Mga abiso
safety-notifications-body = Hindi kailanman nagpapadala ng abiso ang website na ito. Kung nagbigay ka ng paraan para makipag-ugnayan sa iyo, maaaring lumabas sa screen mo ang mensahe mula sa isang organisasyon: magbigay ng paraan ng pakikipag-ugnayan na ikaw lang ang nakakakita.
safety-private-title = Pribadong window o Tor Browser
safety-private-body = Kinakalimutan ng pribadong window ang mga pahina kapag isinara mo ito. Itinatago rin ng Tor Browser sa kumpanya ng telepono mo at sa sinumang nagbabantay sa internet mo kung anong website ang binubuksan mo. Gumagana ang website na ito sa dalawa, kahit nakapatay ang JavaScript.
safety-codename-title = Ang iyong lihim na pangalan
safety-codename-body = Ang lihim na pangalan lang ang kailangan mong itago. Kabisaduhin ito, o isulat kung saan walang titingin. Ang sinumang may hawak nito ay makakabasa ng mga sagot sa iyong ulat.
safety-leave = Ang link na "Umalis agad" sa itaas ng bawat pahina ay agad na nagbubukas ng karaniwang pahina.

# draft: files block, not yet checked by a native speaker
## Mga file na ipinadala kasama ng ulat (Files sent with a report)
section-files = Mga litrato, screenshot at file
files-label = Magdagdag ng mga file (puwede kang pumili ng ilan)
files-hint = Halimbawa, mga litrato ng lugar, screenshot ng alok na trabaho o ng mga chat, voice message, mga dokumento. Hanggang { $count } file, at hindi lalampas sa { $size } lahat-lahat.
files-metadata = Maaaring nakatala sa litrato kung saan at kailan ito kinuha at kung anong telepono ang kumuha nito. Makakatulong iyon sa paghanap sa kampo, pero maaari ka rin nitong ituro.
photo-data-legend = Datos ng lokasyon at camera sa mga litrato
photo-data-remove = Tanggalin ang datos na ito (mas ligtas para sa iyo)
photo-data-keep = Panatilihin ang datos na ito (maaari nitong ipakita kung saan kinuha ang litrato, at kung anong telepono ang kumuha nito)
photo-data-formats = Tinatanggal ng Tipline ang datos na ito sa mga litratong JPEG, PNG, WebP at HEIC nang hindi binabago ang larawan. Ang ibang file (video, voice message, dokumento) ay itinatago nang eksakto kung paano mo ipinadala. Huwag isama ang anumang file na maaaring magpakita kung sino ka.
files-again = Kung bumalik sa iyo ang pormularyo na may tanong, piliin muli ang iyong mga file: itinatago lang ang mga ito kapag naipadala na ang ulat.
error-file-too-large = Mas malaki sa { $size } ang file na “{ $name }”. Walang naipadala. Huwag na itong isama o pumili ng mas maliit, saka piliin muli ang iyong mga file.
error-files-too-large = Mas malaki sa { $size } ang lahat ng iyong file kapag pinagsama. Walang naipadala. Magbawas ng ilan, saka piliin muli ang iyong mga file.
error-too-many-files = Mahigit { $count } file ang pinili mo. Walang naipadala. Pumili ng hanggang { $count } lang.
error-file-empty = Walang laman ang file na “{ $name }”: baka wala pa ito sa iyong telepono. Walang naipadala. Piliin itong muli o huwag nang isama.
files-choose-again = Pakipiling muli ang iyong mga file: hindi naitago ang mga ito.
receipt-files = { $count ->
   *[other] Natanggap ang { $count } file mo kasama ng iyong ulat.
}
