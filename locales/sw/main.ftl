## Tipline source pages — Kiswahili (Swahili)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = ripoti, codename = jina la siri, compound = kambi (kambi ya utapeli), organisation = shirika (mashirika), encrypted = imesimbwa kwa njia fiche, private window = dirisha fiche, Leave now = Ondoka sasa, form = fomu, receipt = uthibitisho, phone = simu, site = tovuti, replies = majibu, Log out = Toka

site-name = Tipline
skip-to-form = Nenda moja kwa moja kwenye fomu
demo-banner = TOVUTI YA MAJARIBIO (DEMO) — ni kwa majaribio tu. Ripoti za hapa zinasimbwa kwa njia fiche kwa ufunguo wa majaribio ambao siri yake inajulikana na kila mtu. Usitume ripoti ya kweli.
language-label = Lugha

## Fomu ya ripoti (The report form)
form-title = Ripoti kambi ya utapeli au mtu aliyepotea
form-intro = Fomu hii haikutambulishi. Hatuhifadhi anwani yako, kifaa chako wala kivinjari chako. Unachoandika kinasimbwa kwa njia fiche kabla ya kuhifadhiwa, kwa hiyo ni mashirika yanayotumiwa ripoti tu yanayoweza kukisoma. Si lazima kujaza kila sehemu, lakini tafadhali tuambie kambi iko wapi au nini kilitokea.
form-safety = Kama watu wengine hukagua simu yako, tumia dirisha fiche na ulifunge ukimaliza. Kibodi yako inaweza kukumbuka maneno unayoandika.
form-operator-always = Shirika linaloendesha huduma hii hupokea ripoti yako kila mara. Chagua hapa chini kama inaweza pia kutumwa kwa wengine.
form-errors-title = Tafadhali angalia fomu tena
form-error-where-or-what = Tafadhali tuambie kambi iko wapi (nchi, mji au jina la kambi) au nini kilitokea (maelezo).

section-you = Kuhusu wewe
role-label = Wewe ni nani?
role-inside = Niko ndani ya kambi sasa
role-escaped = Nilitoroka au niliachiliwa kutoka kambini
role-family = Mimi ni ndugu au rafiki wa mtu anayeshikiliwa
role-other = Mwingine

danger-label = Je, kuna mtu aliye hatarini sasa hivi?
danger-yes = Ndiyo
danger-no = Hapana
danger-unsure = Sijui
danger-help-title = Uko hatarini sasa hivi? Fanya hivi
danger-help-intro = Ukiweza, omba msaada sasa. Polisi wa eneo karibu na baadhi ya kambi wanaweza kushirikiana na wamiliki wa kambi; ubalozi wa nchi yako mara nyingi ni salama zaidi. Hifadhi namba kabla hujazihitaji.
danger-help-embassy = Wasiliana na ubalozi au ubalozi mdogo wa nchi yako: wanaweza kuwasaidia watu wanaoshikiliwa nje ya nchi, hata bila pasipoti.

section-where = Kambi iko wapi?
country-label = Nchi
country-choose = Chagua nchi
country-other-label = Nchi nyingine
country-OTHER = Nyingine
area-label = Mji au eneo
area-hint = Kwa mfano: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ
compound-label = Jina la kambi au kampuni
building-label = Majengo
building-hint = Namba ya jengo, rangi, ghorofa, unachoweza kuona karibu
location-label = Namba za mahali au kiungo cha ramani
location-hint = Kwa mfano 16.6870, 98.5085 au kiungo cha ramani. Tunasoma namba tu; hatufungui kiungo kamwe.

section-held = Watu wanaoshikiliwa huko
held-count-label = Takriban watu wangapi wanashikiliwa?
held-nationalities-label = Uraia wao

section-people = Watu walio hatarini
people-intro = Tuambie kuhusu kila mtu unayemhofia. Ongeza watu wengi kadiri unavyohitaji.
person-heading = Mtu wa { $number }
person-name-label = Jina
person-age-label = Umri
person-nationality-label = Uraia
person-nationality-other-label = Uraia mwingine
person-contact-label = Namba ya simu au akaunti ya kutuma ujumbe
person-last-contact-label = Mara ya mwisho mlipowasiliana (tarehe)
add-person = Ongeza mtu mwingine

section-recruitment = Waliajiriwaje?
recruit-platform-label = Waliipata kazi wapi? (programu, tovuti, mitandao ya kijamii)
recruit-ad-label = Tangazo la kazi liliahidi nini?
recruit-agent-label = Wakala au mtu aliyewaajiri (jina, simu, akaunti)
passports-label = Je, pasipoti zilichukuliwa?
passports-yes = Ndiyo
passports-no = Hapana
passports-unknown = Sijui

section-details = Nini kilitokea?
details-label = Maelezo
details-hint = Chochote kinachoweza kusaidia: ulichoona, kilichotokea, tarehe, majina, jinsi watu wanavyotendewa.

section-contact = Kuwasiliana nawe
contact-method-label = Njia salama ya kuwasiliana nawe, kama ipo
contact-method-hint = Acha wazi kama si salama kuwasiliana nawe.
contact-time-label = Ni wakati gani ni salama kuwasiliana nawe?

section-consent = Nani anaweza kupokea ripoti yako?
consent-intro = Weka alama tu kwenye unachokubali. Usipoweka alama yoyote, ni shirika linaloendesha huduma hii tu litakalopokea ripoti.
consent-ngo = Mashirika mengine ya misaada (mashirika yasiyo ya kiserikali) yanaweza kupokea ripoti yangu
consent-embassy = Balozi zinaweza kupokea ripoti yangu
consent-police = Polisi wanaweza kupokea ripoti yangu

submit = Tuma ripoti kwa usalama
chars-max = Isizidi herufi { $max }.

## Makosa kwenye sehemu za fomu (Field errors — never repeat what was typed)
error-too-long = Ni ndefu mno: isizidi herufi { $max }.
error-choice = Tafadhali chagua mojawapo ya machaguo.
error-number = Tafadhali andika namba.

## Uthibitisho (Receipt)
receipt-title = Ripoti yako imepokelewa
receipt-intro = Asante. Ripoti yako imehifadhiwa ikiwa imesimbwa kwa njia fiche, na itatumwa kwa mashirika uliyochagua.
receipt-codename-title = Jina lako la siri
receipt-codename-intro = Hii ndiyo mara pekee utakayoliona. Kwa jina hili unaweza kurudi baadaye kusoma majibu na kuongeza habari.
receipt-keep-safe-title = Litunze salama
receipt-keep-1 = Likariri, au liandike mahali ambapo hakuna mtu atakayekagua. Usipige picha ya skrini.
receipt-keep-2 = Mtu yeyote mwenye jina la siri anaweza kusoma majibu ya ripoti yako.
receipt-keep-3 = Hatuwezi kurudisha jina la siri lililopotea: hatukuwahi kulihifadhi.
receipt-keyboard = Kibodi ya simu yako bado inaweza kukumbuka maneno uliyoandika. Kama simu yako inaweza kukaguliwa, futa maneno ambayo kibodi imejifunza, kisha ufunge dirisha hili.
receipt-urgent-title = Kama mtu yuko hatarini sasa
receipt-new-report = Tuma ripoti nyingine

## Kurasa nyingine (Other pages)
already-title = Ripoti yako ilikwisha pokelewa
already-body = Fomu hii ilikwisha tumwa, kwa hiyo hatukuihifadhi mara mbili. Ukitaka kuongeza kitu, tuma ripoti mpya.
busy-title = Kuna shughuli nyingi — tafadhali jaribu tena baada ya dakika chache
busy-body = Ripoti nyingi zinaingia sasa hivi. Hakuna ulichotuma kilichohifadhiwa. Tafadhali rudi nyuma na utume fomu tena baada ya dakika chache; ulichoandika kinapaswa kuwa bado kipo kwenye fomu.
unavailable-title = Ripoti haziwezi kupokelewa sasa hivi
unavailable-body = Hakuna kilichohifadhiwa. Tafadhali jaribu tena baadaye, au wasiliana moja kwa moja na shirika unaloliamini au ubalozi wako.
store-failed-title = Ripoti yako haikuweza kuhifadhiwa
store-failed-body = Kuna tatizo upande wetu, na hakuna ulichotuma kilichohifadhiwa. Ulichoandika bado kipo kwenye fomu hapa chini: tafadhali kitume tena baada ya dakika chache. Tatizo likiendelea, taja msimbo huu: { $incident }
bad-request-title = Fomu haikuweza kusomeka
bad-request-body = Tafadhali rudi nyuma na utume fomu tena.
forbidden-title = Muda wa fomu hii umekwisha, au imetoka kwenye tovuti nyingine
forbidden-body = Hakuna kilichohifadhiwa. Tafadhali fungua fomu tena na uitume kutoka hapo.
too-large-title = Ripoti ni kubwa mno
too-large-body = Hakuna kilichohifadhiwa. Tafadhali fupisha maandishi na ujaribu tena.
not-found-title = Ukurasa haukupatikana
not-found-body = Hakuna kitu kwenye anwani hii.
internal-title = Kuna tatizo limetokea
internal-body = Hakuna ulichotuma kilichopotea upande wako; tafadhali jaribu tena. Tatizo likiendelea, taja msimbo huu: { $incident }
back-to-form = Rudi kwenye fomu

## Namba za dharura (Emergency numbers, shown for the chosen country)
emergency-MM = Myanmar: polisi 199, gari la wagonjwa 192
emergency-KH = Kambodia: polisi 117, gari la wagonjwa 119
emergency-LA = Laos: polisi 191, gari la wagonjwa 195
emergency-TH = Tailandi: polisi 191, polisi wa watalii 1155, gari la wagonjwa 1669
emergency-PH = Ufilipino: dharura 911
emergency-MY = Malesia: dharura 999 (112 kutoka simu ya mkononi)
emergency-ID = Indonesia: dharura 112, polisi 110
emergency-VN = Vietnam: polisi 113, gari la wagonjwa 115
emergency-AE = Falme za Kiarabu: polisi 999, gari la wagonjwa 998

## Ufuatiliaji (Follow-up: a source comes back with their codename)
followup-title = Majibu na habari zaidi
followup-open-title = Andika jina lako la siri
followup-read-again = Soma majibu tena
followup-intro = Andika jina la siri ulilopewa ulipotuma ripoti yako. Herufi kubwa, nafasi za ziada na vistari havina shida.
followup-codename-label = Jina lako la siri
followup-open = Fungua
followup-not-recognised = Jina hilo la siri halikutambuliwa. Angalia maneno na ujaribu tena.
followup-replies-title = Majibu ya ripoti yako
followup-no-replies = Bado hakuna majibu. Rudi baadaye.
followup-replies-once = Majibu yanaonyeshwa sasa tu; ili kuyasoma tena, andika jina lako la siri tena.
followup-add-title = Ongeza habari au sahihisha ripoti yako
followup-add-intro = Unachoandika hapa kinasimbwa kwa njia fiche na kutumwa kwa mashirika yale yale yaliyopokea ripoti yako.
followup-add-label = Unachotaka kuongeza
followup-add-submit = Tuma kwa usalama
followup-added = Asante. Ulichoongeza kimepokelewa, na kitayafikia mashirika yale yale yaliyopokea ripoti yako.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Andika kitu cha kuongeza, au chagua faili (isizidi herufi 20,000).
followup-files-added = { $count ->
    [one] Faili yako pia imeongezwa.
   *[other] Faili zako { $count } pia zimeongezwa.
}
followup-add-unavailable = Hii haiwezi kutumwa sasa hivi. Jaribu tena baadaye; hakuna ulichoandika kilichopotea.
followup-store-failed = Kuna tatizo upande wetu, na hakuna kilichohifadhiwa. Ulichoandika bado kipo hapa chini: tafadhali jaribu tena baada ya dakika chache.
followup-logout = Toka
followup-logged-out = Umetoka. Funga dirisha hili.
followup-session-note = Utatolewa baada ya dakika 15 bila kufanya chochote. Toka ukimaliza, hasa kwenye simu mnayotumia pamoja na watu wengine.
followup-session-ended = Muda wako umekwisha. Andika jina lako la siri tena.
followup-kept-label = Ulichokuwa ukiongeza kimewekwa hapa: andika jina lako la siri na ubonyeze “Fungua”, kisha ubonyeze “Tuma kwa usalama”
followup-busy = Majina mengi ya siri yanajaribiwa sasa hivi. Subiri dakika chache na ujaribu tena.
followup-add-later = Habari za kutosha zimeongezwa kwenye ripoti hii leo. Jaribu tena kesho; hakuna ulichoandika kilichopotea.
receipt-followup = Rudi kwenye ukurasa wa ufuatiliaji ukiwa na jina lako la siri ili kusoma majibu na kuongeza habari:
receipt-followup-link = soma majibu na ongeza habari

## Kuondoka haraka na usalama wa simu (Quick exit and device safety — on every source page)
leave-now = Ondoka sasa
leave-now-title = Ondoka kwenye tovuti hii mara moja na ufungue ukurasa wa kawaida
safety-link = Linda simu yako
safety-title = Linda simu yako
safety-intro = Kama kuna mtu anayeweza kukagua simu yako, anaweza kuona dalili kwamba ulitumia tovuti hii. Hapa kuna anachoweza kupata na jinsi ya kukiondoa. Inachukua dakika moja tu.
safety-history-title = Historia ya kivinjari
safety-history-body = Kivinjari chako hukumbuka kurasa unazofungua. Tumia dirisha fiche (pia huitwa hali fiche) au Tor Browser, na ulifunge ukimaliza. Kama ulitumia dirisha la kawaida, futa tovuti hii kwenye historia.
safety-kept-title = Kinachobaki hata kwenye dirisha fiche
safety-kept-body = Dirisha likiwa bado wazi, kitufe cha kurudi nyuma kinaweza kuonyesha tena fomu na uthibitisho. Funga dirisha ukimaliza. Ulichoandika hakihifadhiwi kwenye historia, lakini dirisha la kawaida linaweza kuhifadhi anwani za kurasa.
safety-keyboard-title = Kibodi
safety-keyboard-body = Kibodi yako inaweza kujifunza maneno unayoandika na kuyapendekeza baadaye. Kwenye mipangilio ya kibodi, futa maneno iliyojifunza, au zima mapendekezo kabla ya kuandika.
safety-downloads-title = Vipakuliwa na picha za skrini
safety-downloads-body = Usipige picha za skrini za kurasa hizi wala usizipakue. Kama ulifanya hivyo, zifute, kisha usafishe pia folda ya “Zilizofutwa hivi karibuni” au pipa la taka.
safety-notifications-title = Arifa
safety-notifications-body = Tovuti hii haitumi arifa kamwe. Kama ulitoa njia ya kuwasiliana nawe, ujumbe kutoka kwa shirika unaweza kuonekana kwenye skrini yako: toa njia ya mawasiliano ambayo ni wewe tu unayeweza kuiona.
safety-private-title = Dirisha fiche au Tor Browser
safety-private-body = Dirisha fiche husahau kurasa unapolifunga. Tor Browser pia huficha tovuti unayofungua, ili kampuni ya simu na mtandao wasijue. Tovuti hii inafanya kazi kwenye vyote viwili, hata JavaScript ikiwa imezimwa.
safety-codename-title = Jina lako la siri
safety-codename-body = Jina la siri ndilo kitu pekee cha kutunza. Likariri, au liandike mahali ambapo hakuna mtu atakayeangalia. Mtu yeyote aliye nalo anaweza kusoma majibu ya ripoti yako.
safety-leave = Kiungo cha “Ondoka sasa” kilicho juu ya kila ukurasa hufungua ukurasa wa kawaida mara moja.

# draft: files block, not yet checked by a native speaker
## Faili zinazotumwa pamoja na ripoti (Files sent with a report)
section-files = Picha, picha za skrini na faili
files-label = Ongeza faili (unaweza kuchagua kadhaa)
files-hint = Kwa mfano picha za mahali, picha za skrini za tangazo la kazi au za mazungumzo, ujumbe wa sauti, nyaraka. Hadi faili { $count }, na zisizozidi { $size } zote pamoja.
files-metadata = Picha zinaweza kuwa na taarifa za mahali na wakati zilipopigwa, na simu iliyozipiga. Hilo linaweza kusaidia kupata kambi, lakini pia linaweza kuwaelekeza watu kwako.
photo-data-legend = Taarifa za mahali na za kamera kwenye picha
photo-data-remove = Ziondoe (ni salama zaidi kwako)
photo-data-keep = Ziache (zinaweza kuonyesha picha ilipigwa wapi, na simu iliyoipiga)
photo-data-formats = Tipline huondoa taarifa hizi kwenye picha za JPEG, PNG, WebP na HEIC bila kubadilisha picha yenyewe. Faili nyingine (video, ujumbe wa sauti, nyaraka) huhifadhiwa kama ulivyozituma, bila kubadilishwa. Usitume faili yoyote inayoweza kuonyesha wewe ni nani.
files-again = Fomu ikirudi kwako na swali, chagua faili zako tena: faili huhifadhiwa tu baada ya ripoti kutumwa.
error-file-too-large = Faili “{ $name }” ni kubwa kuliko { $size }. Hakuna kilichotumwa. Usiitume au chagua ndogo zaidi, kisha chagua faili zako tena.
error-files-too-large = Faili zako kwa pamoja ni kubwa kuliko { $size }. Hakuna kilichotumwa. Ondoa baadhi, kisha chagua faili zako tena.
error-too-many-files = Umechagua faili zaidi ya { $count }. Hakuna kilichotumwa. Chagua faili zisizozidi { $count }.
error-file-empty = Faili “{ $name }” haina kitu: huenda bado haiko kwenye simu yako. Hakuna kilichotumwa. Ichague tena au usiitume.
files-choose-again = Tafadhali chagua faili zako tena: hazikuhifadhiwa.
receipt-files = { $count ->
    [one] Faili yako imepokelewa pamoja na ripoti yako.
   *[other] Faili zako { $count } zimepokelewa pamoja na ripoti yako.
}
