## Tipline source pages — 繁體中文 (Traditional Chinese)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = 通報, codename = 代號, compound = 園區（詐騙園區）, organisation = 機構, encrypted = 加密, private window = 無痕視窗, Leave now = 立即離開, form = 表單, phone = 手機, keyboard = 鍵盤, site = 網站, replies = 回覆

site-name = Tipline
skip-to-form = 跳到表單
demo-banner = DEMO 示範版 — 只供測試使用。這裡的通報雖然有加密，但解密的鑰匙是公開的，誰都能看。請不要送出真實的通報。
language-label = 語言

## 通報表單 (The report form)
form-title = 通報詐騙園區或失蹤的人
form-intro = 這份表單是匿名的。我們不會記錄你的網路位址、手機或瀏覽器。你寫的內容在儲存前就會加密，只有收到通報的機構才能看。每一欄都可以不填，但請告訴我們園區在哪裡，或發生了什麼事。
form-safety = 如果別人會檢查你的手機，請用無痕視窗，用完就關掉。你的鍵盤可能會記住你打過的字。
form-operator-always = 經營這項服務的機構一定會收到你的通報。你可以在下面選擇，要不要也分享給其他人。
form-errors-title = 請檢查表單
form-error-where-or-what = 請告訴我們園區在哪裡（國家、城鎮或園區名稱），或發生了什麼事（詳細情況）。

section-you = 關於你
role-label = 你是誰？
role-inside = 我現在在園區裡面
role-escaped = 我從園區逃出來了，或已經被放出來
role-family = 我是被困者的家人或朋友
role-other = 其他

danger-label = 現在有人有立即的危險嗎？
danger-yes = 有
danger-no = 沒有
danger-unsure = 不知道
danger-help-title = 現在有危險？該怎麼辦
danger-help-intro = 如果可以，現在就打電話求救。有些園區附近的當地警察可能和園區老闆是一夥的；找你自己國家的大使館通常比較安全。請事先把這些號碼存好。
danger-help-embassy = 聯絡你自己國家的大使館或領事館（或駐外辦事處）：就算沒有護照，他們也能幫助被困在國外的人。

section-where = 園區在哪裡？
country-label = 國家
country-choose = 選擇國家
country-other-label = 其他國家
country-OTHER = 其他
area-label = 城鎮或地區
area-hint = 例如：水溝谷（Shwe Kokko）、KK園區（KK Park）、妙瓦底、西哈努克港（西港）、波貝、金三角經濟特區
compound-label = 園區或公司名稱
building-label = 大樓
building-hint = 第幾棟、什麼顏色、幾樓、附近看得到什麼
location-label = 座標或地圖連結
location-hint = 例如 16.6870, 98.5085 或地圖連結。我們只讀取數字，絕不會打開連結。

section-held = 被困在那裡的人
held-count-label = 大約有多少人被困？
held-nationalities-label = 他們是哪國人？

section-people = 有危險的人
people-intro = 請告訴我們你擔心的每一個人。需要幾個就加幾個。
person-heading = 第 { $number } 人
person-name-label = 姓名
person-age-label = 年齡
person-nationality-label = 國籍
person-nationality-other-label = 其他國籍
person-contact-label = 電話號碼或通訊軟體帳號
person-last-contact-label = 最後一次聯絡的日期
add-person = 再加一個人

section-recruitment = 他們是怎麼被招募過去的？
recruit-platform-label = 他們在哪裡看到這份工作？（App、網站、社群媒體）
recruit-ad-label = 工作廣告當初答應了什麼？
recruit-agent-label = 仲介或招募的人（姓名、電話、帳號）
passports-label = 護照被收走了嗎？
passports-yes = 是
passports-no = 沒有
passports-unknown = 不知道

section-details = 發生了什麼事？
details-label = 詳細情況
details-hint = 任何有幫助的資訊：你看到什麼、發生了什麼、日期、名字、那裡的人被怎樣對待。

section-contact = 怎麼聯絡你
contact-method-label = 安全聯絡你的方式（如果有）
contact-method-hint = 如果聯絡你不安全，這裡就空著不要填。
contact-time-label = 什麼時候聯絡你比較安全？

section-consent = 誰可以收到你的通報？
consent-intro = 只勾選你同意的項目。如果都不勾，只有經營這項服務的機構會收到通報。
consent-ngo = 其他援助機構（NGO）可以收到我的通報
consent-embassy = 大使館可以收到我的通報
consent-police = 警察可以收到我的通報

submit = 安全送出通報
chars-max = 最多 { $max } 個字。

## 填寫錯誤 (Field errors — never repeat what was typed)
error-too-long = 太長了：最多 { $max } 個字。
error-choice = 請選一個選項。
error-number = 請填數字。

## 已收到通報 (Receipt)
receipt-title = 我們已經收到你的通報
receipt-intro = 謝謝你。你的通報已經加密保存，會送給你選擇的機構。
receipt-codename-title = 你的代號
receipt-codename-intro = 你只會在這裡看到它這一次。之後可以用它回來看回覆、補充資料。
receipt-keep-safe-title = 請好好保管
receipt-keep-1 = 把它背起來，或寫在沒有人會檢查的地方。不要截圖。
receipt-keep-2 = 任何人只要有這個代號，就能看到給你通報的回覆。
receipt-keep-3 = 代號弄丟了，我們也找不回來：我們從來沒有保存過它。
receipt-keyboard = 你手機的鍵盤可能還記得你打過的字。如果手機可能被人檢查，請清除鍵盤學到的字詞，並關掉這個視窗。
receipt-urgent-title = 如果現在有人有危險
receipt-new-report = 再送出一份通報

## 其他頁面 (Other pages)
already-title = 你的通報之前已經收到了
already-body = 這份表單已經送出過，所以我們沒有重複保存。如果想補充內容，請送出一份新的通報。
busy-title = 現在太忙 — 請過幾分鐘再試
busy-body = 現在有很多通報同時進來。你送出的內容都沒有保存。請過幾分鐘回上一頁，再送出一次表單；你填的內容應該還在表單裡。
unavailable-title = 現在無法接收通報
unavailable-body = 什麼都沒有保存。請稍後再試，或直接聯絡你信任的機構或你的大使館。
store-failed-title = 你的通報沒能保存
store-failed-body = 我們這邊出了問題，你送出的內容都沒有保存。你填的內容還在下面的表單裡：請過幾分鐘再送出一次。如果一直這樣，請告訴我們這個代碼：{ $incident }
bad-request-title = 無法讀取這份表單
bad-request-body = 請回上一頁，再送出一次表單。
forbidden-title = 這份表單已經過期，或來自別的網站
forbidden-body = 什麼都沒有保存。請重新打開表單，再從那裡送出。
too-large-title = 通報太大了
too-large-body = 什麼都沒有保存。請把文字寫短一點，再試一次。
not-found-title = 找不到這個頁面
not-found-body = 這個網址沒有任何內容。
internal-title = 出錯了
internal-body = 你送出的內容在你這邊沒有遺失，請再試一次。如果一直出錯，請告訴我們這個代碼：{ $incident }
back-to-form = 回到表單

## 緊急電話 (Emergency numbers, shown for the chosen country)
emergency-MM = 緬甸：警察 199，救護車 192
emergency-KH = 柬埔寨：警察 117，救護車 119
emergency-LA = 寮國：警察 191，救護車 195
emergency-TH = 泰國：警察 191，觀光警察 1155，救護車 1669
emergency-PH = 菲律賓：緊急電話 911
emergency-MY = 馬來西亞：緊急電話 999（用手機可撥 112）
emergency-ID = 印尼：緊急電話 112，警察 110
emergency-VN = 越南：警察 113，救護車 115
emergency-AE = 阿拉伯聯合大公國：警察 999，救護車 998

## 回來查看 (Follow-up: a source comes back with their codename)
followup-title = 回覆和補充資料
followup-open-title = 輸入你的代號
followup-read-again = 再看一次回覆
followup-intro = 請輸入你送出通報時拿到的代號。大小寫、多餘的空格和連字號（-）都沒關係。
followup-codename-label = 你的代號
followup-open = 打開
followup-not-recognised = 找不到這個代號。請檢查每個字，再試一次。
followup-replies-title = 給你通報的回覆
followup-no-replies = 還沒有回覆。請之後再來看。
followup-replies-once = 回覆只會在這一次顯示；想再看，請再輸入一次你的代號。
followup-add-title = 補充資料或更正你的通報
followup-add-intro = 你在這裡寫的內容會加密，然後送給收到你通報的那些機構。
followup-add-label = 你想補充的內容
followup-add-submit = 安全送出
followup-added = 謝謝你。我們已經收到你補充的內容，會送給收到你通報的那些機構。
# draft: followup files, not yet checked by a native speaker
followup-add-empty = 請寫下要補充的內容，或選擇一個檔案（最多 20,000 個字）。
followup-files-added = { $count ->
   *[other] 你的 { $count } 個檔案也一起收到了。
}
followup-add-unavailable = 現在無法送出。請稍後再試；你寫的內容沒有遺失。
followup-store-failed = 我們這邊出了問題，什麼都沒有保存。你寫的內容還在下面：請過幾分鐘再試。
followup-logout = 登出
followup-logged-out = 你已經登出了。請關掉這個視窗。
followup-session-note = 15 分鐘沒有操作就會自動登出。用完請馬上登出，特別是在和別人共用的手機上。
followup-session-ended = 你已經被登出了。請再輸入一次你的代號。
followup-kept-label = 你剛才在補充的內容，幫你留在這裡：輸入代號並按「打開」，再按「安全送出」
followup-busy = 現在嘗試輸入代號的次數太多了。請等幾分鐘再試。
followup-add-later = 今天給這份通報補充的內容已經夠多了。請明天再試；你寫的內容沒有遺失。
receipt-followup = 之後可以用你的代號回到回覆頁面，看回覆、補充資料：
receipt-followup-link = 看回覆、補充資料

## 快速離開與手機安全 (Quick exit and device safety — on every source page)
leave-now = 立即離開
leave-now-title = 馬上離開這個網站，打開一個普通的網頁
safety-link = 保護你的手機
safety-title = 保護你的手機
safety-intro = 如果有人可能會檢查你的手機，他們可能找到你用過這個網站的痕跡。下面說明他們會找到什麼、要怎麼清除。只要一分鐘。
safety-history-title = 瀏覽紀錄
safety-history-body = 你的瀏覽器會記住你打開過的網頁。請用無痕視窗（也叫私密瀏覽）或 Tor Browser，用完就關掉。如果你用的是一般視窗，請從瀏覽紀錄裡刪除這個網站。
safety-kept-title = 就算用無痕視窗，也會留下的東西
safety-kept-body = 視窗還開著的時候，按「返回」可能會再顯示表單和已收到通報的頁面。用完請關掉視窗。你打的內容不會存在瀏覽紀錄裡，但一般視窗可能會留下網頁網址。
safety-keyboard-title = 鍵盤
safety-keyboard-body = 你的鍵盤可能會學習你打的字，之後再建議給你。請在鍵盤設定裡清除學到的字詞，或在打字前關掉建議字詞功能。
safety-downloads-title = 下載和截圖
safety-downloads-body = 不要把這些網頁截圖或下載。如果已經做了，請刪除它們，再清空「最近刪除」或垃圾桶。
safety-notifications-title = 通知
safety-notifications-body = 這個網站絕不會傳送通知。如果你留下了聯絡方式，機構傳來的訊息可能會出現在你的螢幕上：請留一個只有你自己看得到的聯絡方式。
safety-private-title = 無痕視窗或 Tor Browser
safety-private-body = 無痕視窗關掉後就會忘記你看過的網頁。Tor Browser 還能讓電信公司和網路都看不出你打開的是哪個網站。這個網站兩種都能使用，就算關掉 JavaScript 也可以。
safety-codename-title = 你的代號
safety-codename-body = 代號是唯一需要保留的東西。把它背起來，或寫在沒有人會看的地方。任何人只要有它，就能看到給你通報的回覆。
safety-leave = 每個頁面最上方的「立即離開」連結，會馬上打開一個普通的網頁。

# draft: files block, not yet checked by a native speaker
## 隨通報送出的檔案 (Files sent with a report)
section-files = 照片、截圖和檔案
files-label = 加入檔案（可以選好幾個）
files-hint = 例如那個地方的照片、工作廣告或聊天內容的截圖、語音訊息、文件。最多 { $count } 個檔案，加起來最多 { $size }。
files-metadata = 照片裡可能記錄了拍攝的地點、時間，以及是哪支手機拍的。這能幫忙找到園區，但也可能讓人找到你。
photo-data-legend = 照片裡的位置和相機資訊
photo-data-remove = 刪掉（對你比較安全）
photo-data-keep = 保留（可能讓人看出照片是在哪裡拍的、是哪支手機拍的）
photo-data-formats = Tipline 會刪掉 JPEG、PNG、WebP 和 HEIC 照片裡的這些資訊，照片畫面不會改變。其他檔案（影片、語音訊息、文件）會照你送出的樣子原封不動保存。可能讓人看出你是誰的檔案，請不要送出。
files-again = 如果表單退回來要你補充或修改，請重新選擇檔案：檔案要等通報送出後才會保存。
error-file-too-large = 檔案「{ $name }」超過 { $size }。什麼都沒有送出。請拿掉它或換一個比較小的檔案，然後重新選擇你的檔案。
error-files-too-large = 你的檔案加起來超過 { $size }。什麼都沒有送出。請拿掉一些，然後重新選擇你的檔案。
error-too-many-files = 你選了超過 { $count } 個檔案。什麼都沒有送出。最多只能選 { $count } 個。
error-file-empty = 檔案「{ $name }」是空的：它可能還沒有下載到你的手機上。什麼都沒有送出。請重新選擇它，或把它拿掉。
files-choose-again = 請重新選擇你的檔案：剛才的檔案沒有保存。
receipt-files = { $count ->
   *[other] 我們已經收到你隨通報送出的 { $count } 個檔案。
}
