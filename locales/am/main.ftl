## Tipline source pages — አማርኛ (Amharic)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = ጥቆማ, codename = ሚስጥራዊ ስም, compound = ካምፕ (የማጭበርበሪያ ካምፕ), organisation = ድርጅት, encrypted = የተመሰጠረ (ይመሰጠራል), private window = የግል መስኮት (ማንነትን የማያሳውቅ መስኮት), Leave now = አሁኑኑ ይውጡ, form = ቅጽ, receipt = ማረጋገጫ, phone = ስልክ, site = ድረ-ገጽ, replies = መልሶች, keyboard = የቁልፍ ሰሌዳ, link = ሊንክ, delete = ይሰርዙ, Log out = ዘግተው ይውጡ; polite gender-neutral address (እርስዎ, -ዎ, ይ-…-ኡ imperatives) throughout

site-name = Tipline
skip-to-form = በቀጥታ ወደ ቅጹ ይሂዱ
demo-banner = የሙከራ ገጽ (DEMO) — ለሙከራ ብቻ ነው። እዚህ የሚላኩ ጥቆማዎች የሚመሰጠሩት ምስጢሩ ለሁሉም በሚታወቅ የሙከራ ቁልፍ ነው። እውነተኛ ጥቆማ አይላኩ።
language-label = ቋንቋ

## የጥቆማ ቅጽ (The report form)
form-title = ስለ ማጭበርበሪያ ካምፕ ወይም ስለጠፋ ሰው ጥቆማ ይስጡ
form-intro = ይህ ቅጽ ማንነትዎን አይገልጽም። አድራሻዎን፣ መሣሪያዎን ወይም አሳሽዎን አንመዘግብም። የሚጽፉት ነገር ከመቀመጡ በፊት ይመሰጠራል፤ ስለዚህ ሊያነቡት የሚችሉት የሚላክላቸው ድርጅቶች ብቻ ናቸው። ሁሉንም ቦታ መሙላት ግዴታ አይደለም፤ ነገር ግን እባክዎ ካምፑ የት እንዳለ ወይም ምን እንደተፈጠረ ይንገሩን።
form-safety = ስልክዎን ሌሎች ሰዎች የሚፈትሹት ከሆነ፣ የግል መስኮት ይጠቀሙ፤ ሲጨርሱም ይዝጉት። የቁልፍ ሰሌዳዎ የሚጽፏቸውን ቃላት ሊያስታውስ ይችላል።
form-operator-always = ይህን አገልግሎት የሚያካሂደው ድርጅት ጥቆማዎን ሁልጊዜ ይቀበላል። ጥቆማዎ ለሌሎችም ሊሰጥ ይችል እንደሆነ ከታች ይምረጡ።
form-errors-title = እባክዎ ቅጹን እንደገና ይመልከቱ
form-error-where-or-what = እባክዎ ካምፑ የት እንዳለ (አገር፣ ከተማ ወይም የካምፑ ስም) ወይም ምን እንደተፈጠረ (ዝርዝር) ይንገሩን።

section-you = ስለ እርስዎ
role-label = እርስዎ ማን ነዎት?
role-inside = አሁን በካምፕ ውስጥ ነኝ
role-escaped = ከካምፕ አምልጬ ወጥቻለሁ ወይም ተለቅቄያለሁ
role-family = የተያዘ ሰው ቤተሰብ ወይም ጓደኛ ነኝ
role-other = ሌላ

danger-label = አሁን አደጋ ላይ ያለ ሰው አለ?
danger-yes = አዎ
danger-no = የለም
danger-unsure = አላውቅም
danger-help-title = አሁን አደጋ ላይ ነዎት? ማድረግ ያለብዎት ይህ ነው
danger-help-intro = ከቻሉ አሁኑኑ እርዳታ ይጠይቁ። በአንዳንድ ካምፖች አቅራቢያ ያሉ የአካባቢው ፖሊሶች ከካምፑ ባለቤቶች ጋር አብረው ሊሠሩ ይችላሉ፤ የአገርዎ ኤምባሲ ብዙ ጊዜ የበለጠ አስተማማኝ ነው። ቁጥሮቹ ከማስፈለጋቸው በፊት አስቀድመው ያስቀምጧቸው።
danger-help-embassy = የራስዎን አገር ኤምባሲ ወይም ቆንስላ ያነጋግሩ፦ ፓስፖርት ባይኖርም በውጭ አገር የተያዙ ሰዎችን ሊረዱ ይችላሉ።

section-where = ካምፑ የት ነው?
country-label = አገር
country-choose = አገር ይምረጡ
country-other-label = ሌላ አገር
country-OTHER = ሌላ
area-label = ከተማ ወይም አካባቢ
area-hint = ለምሳሌ፦ ሽዌ ኮኮ (Shwe Kokko)፣ ኬኬ ፓርክ (KK Park)፣ ምያዋዲ (Myawaddy)፣ ሲሃኑክቪል (Sihanoukville)፣ ፖይፔት (Poipet)፣ የወርቃማው ትሪያንግል ልዩ የኢኮኖሚ ቀጠና (Golden Triangle SEZ)
compound-label = የካምፑ ወይም የኩባንያው ስም
building-label = ሕንጻዎች
building-hint = የሕንጻው ቁጥር፣ ቀለም፣ ፎቅ፣ በአቅራቢያው የሚያዩት ነገር
location-label = የቦታው ቁጥሮች (መጋጠሚያዎች) ወይም የካርታ ሊንክ
location-hint = ለምሳሌ 16.6870, 98.5085 ወይም የካርታ ሊንክ። የምናነበው ቁጥሮቹን ብቻ ነው፤ ሊንኩን ፈጽሞ አንከፍትም።

section-held = እዚያ የተያዙ ሰዎች
held-count-label = በግምት ስንት ሰዎች ተይዘዋል?
held-nationalities-label = ዜግነታቸው

section-people = አደጋ ላይ ያሉ ሰዎች
people-intro = ስለሚያሳስብዎት እያንዳንዱ ሰው ይንገሩን። የሚያስፈልግዎትን ያህል ሰው ማከል ይችላሉ።
person-heading = ሰው ቁጥር { $number }
person-name-label = ስም
person-age-label = ዕድሜ
person-nationality-label = ዜግነት
person-nationality-other-label = ሌላ ዜግነት
person-contact-label = ስልክ ቁጥር ወይም የመልእክት መላኪያ መለያ
person-last-contact-label = ለመጨረሻ ጊዜ የተገናኛችሁበት ቀን
add-person = ሌላ ሰው ያክሉ

section-recruitment = እንዴት ተመለመሉ?
recruit-platform-label = ሥራውን የት አገኙት? (መተግበሪያ፣ ድረ-ገጽ፣ ማኅበራዊ ሚዲያ)
recruit-ad-label = የሥራ ማስታወቂያው ምን ቃል ገባላቸው?
recruit-agent-label = ደላላ ወይም መልማይ (ስም፣ ስልክ፣ መለያ)
passports-label = ፓስፖርቶቻቸው ተወስደዋል?
passports-yes = አዎ
passports-no = አልተወሰዱም
passports-unknown = አላውቅም

section-details = ምን ተፈጠረ?
details-label = ዝርዝር
details-hint = ሊረዳ የሚችል ማንኛውም ነገር፦ ያዩት፣ የተፈጠረው፣ ቀኖች፣ ስሞች፣ ሰዎች እንዴት እንደሚያዙ።

section-contact = እርስዎን ማግኘት
contact-method-label = እርስዎን በደህንነት የምናገኝበት መንገድ፣ ካለ
contact-method-hint = እርስዎን ማግኘት አደገኛ ከሆነ ባዶ ይተዉት።
contact-time-label = መቼ ብናገኝዎ ደህና ነው?

section-consent = ጥቆማዎን ማን ሊቀበል ይችላል?
consent-intro = የሚስማሙበትን ብቻ ምልክት ያድርጉ። ምንም ምልክት ካላደረጉ፣ ጥቆማውን የሚቀበለው ይህን አገልግሎት የሚያካሂደው ድርጅት ብቻ ነው።
consent-ngo = ሌሎች የእርዳታ ድርጅቶች (መንግሥታዊ ያልሆኑ ድርጅቶች) ጥቆማዬን ሊቀበሉ ይችላሉ
consent-embassy = ኤምባሲዎች ጥቆማዬን ሊቀበሉ ይችላሉ
consent-police = ፖሊስ ጥቆማዬን ሊቀበል ይችላል

submit = ጥቆማውን በደህንነት ይላኩ
chars-max = ቢበዛ { $max } ፊደላት።

## የመሙያ ስህተቶች (Field errors — never repeat what was typed)
error-too-long = በጣም ረጅም ነው፦ ቢበዛ { $max } ፊደላት።
error-choice = እባክዎ ከአማራጮቹ አንዱን ይምረጡ።
error-number = እባክዎ ቁጥር ያስገቡ።

## ማረጋገጫ (Receipt)
receipt-title = ጥቆማዎ ደርሶናል
receipt-intro = እናመሰግናለን። ጥቆማዎ ተመስጥሮ ተቀምጧል፤ ወደ መረጧቸው ድርጅቶችም ይላካል።
receipt-codename-title = የእርስዎ ሚስጥራዊ ስም
receipt-codename-intro = ይህን ስም የሚያዩት አሁን ብቻ ነው። በዚህ ስም በኋላ ተመልሰው መልሶችን ማንበብና ተጨማሪ መረጃ ማከል ይችላሉ።
receipt-keep-safe-title = በጥንቃቄ ያስቀምጡት
receipt-keep-1 = በቃልዎ ይያዙት፣ ወይም ማንም በማይፈትሸው ቦታ ይጻፉት። የስክሪን ፎቶ አያንሱ።
receipt-keep-2 = ሚስጥራዊ ስሙን የያዘ ማንኛውም ሰው ለጥቆማዎ የተሰጡትን መልሶች ማንበብ ይችላል።
receipt-keep-3 = የጠፋ ሚስጥራዊ ስም መልሰን ማግኘት አንችልም፤ ምክንያቱም ፈጽሞ አላስቀመጥነውም።
receipt-keyboard = የስልክዎ የቁልፍ ሰሌዳ የጻፏቸውን ቃላት አሁንም ሊያስታውስ ይችላል። ስልክዎ ሊፈተሽ የሚችል ከሆነ፣ የቁልፍ ሰሌዳው የተማራቸውን ቃላት ይሰርዙ፤ ይህንንም መስኮት ይዝጉ።
receipt-urgent-title = አሁን አንድ ሰው አደጋ ላይ ከሆነ
receipt-new-report = ሌላ ጥቆማ ይላኩ

## ሌሎች ገጾች (Other pages)
already-title = ጥቆማዎ ቀደም ብሎ ደርሶናል
already-body = ይህ ቅጽ ቀደም ብሎ ተልኳል፤ ስለዚህ ሁለት ጊዜ አላስቀመጥነውም። አንድ ነገር ማከል ከፈለጉ፣ አዲስ ጥቆማ ይላኩ።
busy-title = ሥራ በዝቷል — እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ
busy-body = አሁን ብዙ ጥቆማዎች እየደረሱ ነው። ከላኩት ምንም አልተቀመጠም። እባክዎ ወደ ኋላ ተመልሰው ከጥቂት ደቂቃዎች በኋላ ቅጹን እንደገና ይላኩ፤ የጻፉት ነገር አሁንም በቅጹ ውስጥ መኖር አለበት።
unavailable-title = አሁን ጥቆማ መቀበል አልተቻለም
unavailable-body = ምንም አልተቀመጠም። እባክዎ ቆይተው እንደገና ይሞክሩ፤ ወይም የሚያምኑትን ድርጅት ወይም የአገርዎን ኤምባሲ በቀጥታ ያነጋግሩ።
store-failed-title = ጥቆማዎን ማስቀመጥ አልተቻለም
store-failed-body = በእኛ በኩል ችግር ተፈጥሯል፤ ከላኩት ምንም አልተቀመጠም። የጻፉት ነገር አሁንም ከታች ባለው ቅጽ ውስጥ አለ፦ እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይላኩት። ችግሩ ከቀጠለ ይህን ኮድ ይጥቀሱ፦ { $incident }
bad-request-title = ቅጹን ማንበብ አልተቻለም
bad-request-body = እባክዎ ወደ ኋላ ተመልሰው ቅጹን እንደገና ይላኩ።
forbidden-title = የዚህ ቅጽ ጊዜ አልፎበታል ወይም ከሌላ ድረ-ገጽ የመጣ ነው
forbidden-body = ምንም አልተቀመጠም። እባክዎ ቅጹን እንደገና ከፍተው ከዚያ ይላኩ።
too-large-title = ጥቆማው በጣም ትልቅ ነው
too-large-body = ምንም አልተቀመጠም። እባክዎ ጽሑፉን አሳጥረው እንደገና ይሞክሩ።
not-found-title = ገጹ አልተገኘም
not-found-body = በዚህ አድራሻ ምንም ነገር የለም።
internal-title = ችግር ተፈጥሯል
internal-body = ከላኩት ነገር በእርስዎ በኩል ምንም አልጠፋም፤ እባክዎ እንደገና ይሞክሩ። ችግሩ ከቀጠለ ይህን ኮድ ይጥቀሱ፦ { $incident }
back-to-form = ወደ ቅጹ ይመለሱ

## የአደጋ ጊዜ ስልክ ቁጥሮች (Emergency numbers, shown for the chosen country)
emergency-MM = ማይናማር፦ ፖሊስ 199፣ አምቡላንስ 192
emergency-KH = ካምቦዲያ፦ ፖሊስ 117፣ አምቡላንስ 119
emergency-LA = ላኦስ፦ ፖሊስ 191፣ አምቡላንስ 195
emergency-TH = ታይላንድ፦ ፖሊስ 191፣ የቱሪስት ፖሊስ 1155፣ አምቡላንስ 1669
emergency-PH = ፊሊፒንስ፦ የአደጋ ጊዜ 911
emergency-MY = ማሌዢያ፦ የአደጋ ጊዜ 999 (ከሞባይል ስልክ 112)
emergency-ID = ኢንዶኔዢያ፦ የአደጋ ጊዜ 112፣ ፖሊስ 110
emergency-VN = ቬትናም፦ ፖሊስ 113፣ አምቡላንስ 115
emergency-AE = የተባበሩት ዓረብ ኤምሬትስ፦ ፖሊስ 999፣ አምቡላንስ 998

## ክትትል (Follow-up: a source comes back with their codename)
followup-title = መልሶች እና ተጨማሪ መረጃ
followup-open-title = ሚስጥራዊ ስምዎን ያስገቡ
followup-read-again = መልሶቹን እንደገና ያንብቡ
followup-intro = ጥቆማዎን ሲልኩ የተሰጠዎትን ሚስጥራዊ ስም ይጻፉ። ትልቅ ወይም ትንሽ ፊደል፣ ተጨማሪ ክፍተቶች እና ሰረዞች ችግር የለባቸውም።
followup-codename-label = የእርስዎ ሚስጥራዊ ስም
followup-open = ይክፈቱ
followup-not-recognised = ያ ሚስጥራዊ ስም አልታወቀም። ቃላቱን አረጋግጠው እንደገና ይሞክሩ።
followup-replies-title = ለጥቆማዎ የተሰጡ መልሶች
followup-no-replies = እስካሁን ምንም መልስ የለም። ቆይተው ይመለሱ።
followup-replies-once = መልሶቹ የሚታዩት አሁን ብቻ ነው፤ እንደገና ለማንበብ ሚስጥራዊ ስምዎን እንደገና ያስገቡ።
followup-add-title = መረጃ ያክሉ ወይም ጥቆማዎን ያስተካክሉ
followup-add-intro = እዚህ የሚጽፉት ነገር ይመሰጠራል፤ ጥቆማዎ ወደደረሳቸው ድርጅቶችም ይላካል።
followup-add-label = ማከል የሚፈልጉት ነገር
followup-add-submit = በደህንነት ይላኩ
followup-added = እናመሰግናለን። ያከሉት ነገር ደርሶናል፤ ጥቆማዎ ወደደረሳቸው ድርጅቶችም ይደርሳል።
# draft: followup files, not yet checked by a native speaker
followup-add-empty = የሚያክሉትን ነገር ይጻፉ ወይም ፋይል ይምረጡ (ቢበዛ 20,000 ፊደላት)።
followup-files-added = { $count ->
    [one] ፋይልዎም ተጨምሯል።
   *[other] { $count } ፋይሎችዎም ተጨምረዋል።
}
followup-add-unavailable = ይህን አሁን መላክ አይቻልም። ቆይተው እንደገና ይሞክሩ፤ ከጻፉት ምንም አልጠፋም።
followup-store-failed = በእኛ በኩል ችግር ተፈጥሯል፤ ምንም አልተቀመጠም። የጻፉት ነገር አሁንም ከታች አለ፦ እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
followup-logout = ዘግተው ይውጡ
followup-logged-out = ዘግተው ወጥተዋል። ይህን መስኮት ይዝጉ።
followup-session-note = ለ15 ደቂቃ ምንም ካላደረጉ በራሱ ዘግቶ ያስወጣዎታል። ሲጨርሱ ዘግተው ይውጡ፤ በተለይ ስልኩን ከሌሎች ጋር የሚጋሩ ከሆነ።
followup-session-ended = ጊዜዎ አብቅቷል። ሚስጥራዊ ስምዎን እንደገና ያስገቡ።
followup-kept-label = ሲያክሉት የነበረው ነገር እዚህ ተቀምጧል፦ ሚስጥራዊ ስምዎን ያስገቡና «ይክፈቱ»ን ይጫኑ፤ ከዚያ «በደህንነት ይላኩ»ን ይጫኑ
followup-busy = አሁን በጣም ብዙ ሚስጥራዊ ስሞች እየተሞከሩ ነው። ጥቂት ደቂቃዎች ቆይተው እንደገና ይሞክሩ።
followup-add-later = ለዛሬ በዚህ ጥቆማ ላይ በቂ ነገር ተጨምሯል። ነገ እንደገና ይሞክሩ፤ ከጻፉት ምንም አልጠፋም።
receipt-followup = መልሶችን ለማንበብና መረጃ ለማከል በሚስጥራዊ ስምዎ ወደ ክትትል ገጹ ይመለሱ፦
receipt-followup-link = መልሶችን ያንብቡ፣ መረጃ ያክሉ

## በፍጥነት መውጫ እና የስልክ ደህንነት (Quick exit and device safety — on every source page)
leave-now = አሁኑኑ ይውጡ
leave-now-title = ከዚህ ድረ-ገጽ ወዲያውኑ ወጥተው ተራ ገጽ ይክፈቱ
safety-link = ስልክዎን ይጠብቁ
safety-title = ስልክዎን ይጠብቁ
safety-intro = አንድ ሰው ስልክዎን ሊፈትሽ የሚችል ከሆነ፣ ይህን ድረ-ገጽ እንደተጠቀሙ የሚያሳዩ ምልክቶችን ሊያገኝ ይችላል። ምን ሊያገኝ እንደሚችል እና እንዴት እንደሚሰርዙት እነሆ። አንድ ደቂቃ ብቻ ይወስዳል።
safety-history-title = የአሳሽ ታሪክ
safety-history-body = አሳሽዎ የሚከፍቷቸውን ገጾች ያስታውሳል። የግል መስኮት (ማንነትን የማያሳውቅ መስኮት ተብሎም ይጠራል) ወይም Tor Browser ይጠቀሙ፤ ሲጨርሱም ይዝጉት። የተለመደ መስኮት ከተጠቀሙ፣ ይህን ድረ-ገጽ ከታሪኩ ይሰርዙት።
safety-kept-title = በግል መስኮት ውስጥም የሚቀረው
safety-kept-body = መስኮቱ ክፍት እስከሆነ ድረስ፣ የ«ተመለስ» ቁልፍ ቅጹን እና ማረጋገጫውን እንደገና ሊያሳይ ይችላል። ሲጨርሱ መስኮቱን ይዝጉ። የጻፉት ነገር በታሪክ ውስጥ አይቀመጥም፤ ነገር ግን የተለመደ መስኮት የገጾቹን አድራሻዎች ሊይዝ ይችላል።
safety-keyboard-title = የቁልፍ ሰሌዳ
safety-keyboard-body = የቁልፍ ሰሌዳዎ የሚጽፏቸውን ቃላት ተምሮ በኋላ መልሶ ሊያቀርብልዎ ይችላል። በቁልፍ ሰሌዳው ቅንብሮች ውስጥ የተማራቸውን ቃላት ይሰርዙ፤ ወይም ከመጻፍዎ በፊት ቃላት የማቅረብ አማራጩን ያጥፉ።
safety-downloads-title = የወረዱ ፋይሎች እና የስክሪን ፎቶዎች
safety-downloads-body = የእነዚህን ገጾች የስክሪን ፎቶ አያንሱ፤ ገጾቹንም አያውርዱ። ካደረጉ ይሰርዟቸው፤ ከዚያም «በቅርቡ የተሰረዙ» የሚለውን አቃፊ ወይም የቆሻሻ መጣያውን ባዶ ያድርጉ።
safety-notifications-title = ማሳወቂያዎች
safety-notifications-body = ይህ ድረ-ገጽ ፈጽሞ ማሳወቂያ አይልክም። እርስዎን የምናገኝበትን መንገድ ከሰጡ፣ ከድርጅት የሚመጣ መልእክት በስክሪንዎ ላይ ሊታይ ይችላል፦ እርስዎ ብቻ የሚያዩትን የመገናኛ መንገድ ይስጡ።
safety-private-title = የግል መስኮት ወይም Tor Browser
safety-private-body = የግል መስኮት ሲዘጉት የከፈቷቸውን ገጾች ይረሳል። Tor Browser ደግሞ የትኛውን ድረ-ገጽ እንደሚከፍቱ ከስልክ ኩባንያዎ እና ከኔትወርኩ ይደብቃል። ይህ ድረ-ገጽ በሁለቱም ይሠራል፤ JavaScript ቢጠፋም እንኳ።
safety-codename-title = የእርስዎ ሚስጥራዊ ስም
safety-codename-body = መያዝ ያለብዎት ሚስጥራዊ ስሙን ብቻ ነው። በቃልዎ ይያዙት፣ ወይም ማንም በማይመለከትበት ቦታ ይጻፉት። ይህን ስም የያዘ ማንኛውም ሰው ለጥቆማዎ የተሰጡትን መልሶች ማንበብ ይችላል።
safety-leave = በእያንዳንዱ ገጽ ላይኛው ክፍል ያለው «አሁኑኑ ይውጡ» የሚለው ሊንክ ወዲያውኑ ተራ ገጽ ይከፍታል።

# draft: files block, not yet checked by a native speaker
## ከጥቆማ ጋር የሚላኩ ፋይሎች (Files sent with a report)
section-files = ፎቶዎች፣ የስክሪን ፎቶዎች እና ፋይሎች
files-label = ፋይሎችን ያክሉ (ብዙ መምረጥ ይችላሉ)
files-hint = ለምሳሌ የቦታው ፎቶዎች፣ የሥራ ማስታወቂያው ወይም የውይይቶች የስክሪን ፎቶዎች፣ የድምፅ መልእክቶች፣ ሰነዶች። እስከ { $count } ፋይሎች፣ በአጠቃላይ ቢበዛ { $size }።
files-metadata = ፎቶዎች የት እና መቼ እንደተነሱ፣ በየትኛው ስልክ እንደተነሱም ሊይዙ ይችላሉ። ይህ ካምፑን ለማግኘት ሊረዳ ይችላል፤ ነገር ግን ወደ እርስዎም ሊጠቁም ይችላል።
photo-data-legend = በፎቶዎች ውስጥ ያለ የቦታ እና የካሜራ መረጃ
photo-data-remove = ያስወግዱት (ለእርስዎ ይበልጥ ደህና ነው)
photo-data-keep = ያቆዩት (ፎቶው የት እንደተነሳ እና በየትኛው ስልክ እንደተነሳ ሊያሳይ ይችላል)
photo-data-formats = Tipline ይህን መረጃ ከJPEG፣ PNG፣ WebP እና HEIC ፎቶዎች ያስወግዳል፤ ምስሉ ግን አይቀየርም። ሌሎች ፋይሎች (ቪዲዮዎች፣ የድምፅ መልእክቶች፣ ሰነዶች) ልክ እንደላኳቸው ሳይቀየሩ ይቀመጣሉ። ማንነትዎን ሊያሳይ የሚችል ማንኛውንም ፋይል አይላኩ።
files-again = ቅጹ ጥያቄ ይዞ ወደ እርስዎ ከተመለሰ፣ ፋይሎችዎን እንደገና ይምረጡ፤ ፋይሎቹ የሚቀመጡት ጥቆማው ከተላከ በኋላ ብቻ ነው።
error-file-too-large = «{ $name }» የተባለው ፋይል ከ{ $size } ይበልጣል። ምንም አልተላከም። ይህን ፋይል አይላኩት ወይም ትንሽ ፋይል ይምረጡ፤ ከዚያም ፋይሎችዎን እንደገና ይምረጡ።
error-files-too-large = ፋይሎችዎ በአንድ ላይ ከ{ $size } ይበልጣሉ። ምንም አልተላከም። አንዳንዶቹን ያስወግዱ፤ ከዚያም ፋይሎችዎን እንደገና ይምረጡ።
error-too-many-files = ከ{ $count } በላይ ፋይሎችን መርጠዋል። ምንም አልተላከም። ቢበዛ { $count } ፋይሎችን ይምረጡ።
error-file-empty = «{ $name }» የተባለው ፋይል ባዶ ነው፤ ምናልባት ገና ወደ ስልክዎ አልወረደ ይሆናል። ምንም አልተላከም። እንደገና ይምረጡት ወይም አይላኩት።
files-choose-again = እባክዎ ፋይሎችዎን እንደገና ይምረጡ፤ አልተቀመጡም።
receipt-files = { $count ->
    [one] ፋይልዎ ከጥቆማዎ ጋር ደርሶናል።
   *[other] { $count } ፋይሎችዎ ከጥቆማዎ ጋር ደርሰውናል።
}
