## Tipline source pages — 한국어 (Korean)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = 제보, codename = 암호명, compound = 단지 (사기 단지), organisation = 단체, encrypted = 암호화, private window = 시크릿 창, Leave now = 지금 나가기, form = 양식, phone = 휴대폰, site = 사이트, replies = 답장

site-name = Tipline
skip-to-form = 양식으로 바로 가기
demo-banner = DEMO 시험용 사이트 — 시험 삼아 써 보는 곳이에요. 여기 보내는 제보는 암호화되지만, 풀 수 있는 열쇠가 공개되어 있어 누구나 읽을 수 있어요. 실제 제보는 보내지 마세요.
language-label = 언어

## 제보 양식 (The report form)
form-title = 사기 단지나 실종된 사람 제보하기
form-intro = 이 양식은 익명이에요. 인터넷 주소, 기기, 브라우저를 기록하지 않아요. 쓴 내용은 저장되기 전에 암호화되므로, 제보를 받는 단체만 읽을 수 있어요. 모든 칸은 비워 두어도 되지만, 단지가 어디에 있는지나 무슨 일이 있었는지는 알려 주세요.
form-safety = 다른 사람이 휴대폰을 검사할 수 있다면 시크릿 창을 쓰고, 다 쓰면 닫으세요. 키보드가 입력한 단어를 기억할 수 있어요.
form-operator-always = 이 서비스를 운영하는 단체는 항상 제보를 받아요. 다른 곳에도 전달해도 되는지는 아래에서 고를 수 있어요.
form-errors-title = 양식을 확인해 주세요
form-error-where-or-what = 단지가 어디에 있는지(나라, 도시, 단지 이름)나 무슨 일이 있었는지(자세한 내용)를 알려 주세요.

section-you = 본인에 대해
role-label = 어떤 분이세요?
role-inside = 지금 단지 안에 있어요
role-escaped = 단지에서 탈출했거나 풀려났어요
role-family = 갇혀 있는 사람의 가족이나 친구예요
role-other = 기타

danger-label = 지금 바로 위험한 사람이 있나요?
danger-yes = 네
danger-no = 아니요
danger-unsure = 모르겠어요
danger-help-title = 지금 위험한가요? 이렇게 하세요
danger-help-intro = 할 수 있다면 지금 바로 도움을 요청하세요. 일부 단지 근처의 현지 경찰은 단지 주인과 한편일 수도 있어요. 자기 나라 대사관이 더 안전한 경우가 많아요. 필요해지기 전에 번호를 미리 저장해 두세요.
danger-help-embassy = 자기 나라의 대사관이나 영사관에 연락하세요. 여권이 없어도 외국에 갇힌 사람을 도와줄 수 있어요.

section-where = 단지는 어디에 있나요?
country-label = 나라
country-choose = 나라를 고르세요
country-other-label = 다른 나라
country-OTHER = 기타
area-label = 도시나 지역
area-hint = 예: 쉐코코(Shwe Kokko), KK파크(KK Park), 미야와디(Myawaddy), 시아누크빌(Sihanoukville), 포이펫(Poipet), 골든트라이앵글 경제특구(Golden Triangle SEZ)
compound-label = 단지나 회사 이름
building-label = 건물
building-hint = 건물 번호, 색깔, 층, 근처에 보이는 것
location-label = 좌표나 지도 링크
location-hint = 예: 16.6870, 98.5085 또는 지도 링크. 숫자만 읽고, 링크는 절대 열지 않아요.

section-held = 그곳에 갇힌 사람들
held-count-label = 대략 몇 명이 갇혀 있나요?
held-nationalities-label = 그 사람들의 국적

section-people = 위험에 처한 사람
people-intro = 걱정되는 사람을 한 명씩 알려 주세요. 필요한 만큼 추가할 수 있어요.
person-heading = { $number }번째 사람
person-name-label = 이름
person-age-label = 나이
person-nationality-label = 국적
person-nationality-other-label = 다른 국적
person-contact-label = 전화번호나 메신저 계정
person-last-contact-label = 마지막으로 연락한 날짜
add-person = 한 명 더 추가

section-recruitment = 어떻게 모집되었나요?
recruit-platform-label = 일자리를 어디에서 찾았나요? (앱, 웹사이트, SNS)
recruit-ad-label = 구인 광고에서 무엇을 약속했나요?
recruit-agent-label = 브로커나 모집한 사람 (이름, 전화번호, 계정)
passports-label = 여권을 빼앗겼나요?
passports-yes = 네
passports-no = 아니요
passports-unknown = 모르겠어요

section-details = 무슨 일이 있었나요?
details-label = 자세한 내용
details-hint = 도움이 될 만한 것은 무엇이든 적어 주세요: 본 것, 일어난 일, 날짜, 이름, 사람들이 어떤 대우를 받는지.

section-contact = 연락 방법
contact-method-label = 안전하게 연락할 수 있는 방법 (있다면)
contact-method-hint = 연락받는 것이 안전하지 않다면 비워 두세요.
contact-time-label = 언제 연락하면 안전한가요?

section-consent = 누가 제보를 받아도 되나요?
consent-intro = 동의하는 것만 체크하세요. 아무것도 체크하지 않으면 이 서비스를 운영하는 단체만 제보를 받아요.
consent-ngo = 다른 구호 단체(NGO)가 내 제보를 받아도 돼요
consent-embassy = 대사관이 내 제보를 받아도 돼요
consent-police = 경찰이 내 제보를 받아도 돼요

submit = 제보 안전하게 보내기
chars-max = 최대 { $max }자.

## 입력 오류 (Field errors — never repeat what was typed)
error-too-long = 너무 길어요: 최대 { $max }자예요.
error-choice = 보기 중 하나를 고르세요.
error-number = 숫자를 입력하세요.

## 접수 완료 (Receipt)
receipt-title = 제보가 접수되었어요
receipt-intro = 감사합니다. 제보는 암호화되어 저장되었고, 선택한 단체에 전달될 거예요.
receipt-codename-title = 나의 암호명
receipt-codename-intro = 암호명은 지금 한 번만 보여요. 이 암호명으로 나중에 다시 와서 답장을 읽고 정보를 더할 수 있어요.
receipt-keep-safe-title = 안전하게 보관하세요
receipt-keep-1 = 외워 두거나, 아무도 확인하지 않을 곳에 적어 두세요. 화면 캡처는 하지 마세요.
receipt-keep-2 = 암호명을 가진 사람은 누구나 제보에 대한 답장을 읽을 수 있어요.
receipt-keep-3 = 암호명을 잃어버리면 저희도 되찾을 수 없어요. 저희는 암호명을 저장한 적이 없어요.
receipt-keyboard = 휴대폰 키보드가 입력한 단어를 아직 기억하고 있을 수 있어요. 누가 휴대폰을 검사할 수 있다면 키보드가 학습한 단어를 지우고 이 창을 닫으세요.
receipt-urgent-title = 지금 누군가 위험하다면
receipt-new-report = 제보 하나 더 보내기

## 그 밖의 페이지 (Other pages)
already-title = 제보가 이미 접수되었어요
already-body = 이 양식은 이미 보내졌기 때문에 두 번 저장하지 않았어요. 더 알리고 싶은 것이 있으면 새 제보를 보내 주세요.
busy-title = 지금 바빠요 — 몇 분 뒤에 다시 시도해 주세요
busy-body = 지금 제보가 많이 들어오고 있어요. 보낸 내용은 하나도 저장되지 않았어요. 몇 분 뒤에 뒤로 가서 양식을 다시 보내 주세요. 입력한 내용은 양식에 그대로 남아 있을 거예요.
unavailable-title = 지금은 제보를 받을 수 없어요
unavailable-body = 아무것도 저장되지 않았어요. 나중에 다시 시도하거나, 믿을 수 있는 단체나 자기 나라 대사관에 직접 연락하세요.
store-failed-title = 제보를 저장하지 못했어요
store-failed-body = 저희 쪽에 문제가 생겨서 보낸 내용이 하나도 저장되지 않았어요. 입력한 내용은 아래 양식에 그대로 있어요. 몇 분 뒤에 다시 보내 주세요. 계속 이런 일이 생기면 이 코드를 알려 주세요: { $incident }
bad-request-title = 양식을 읽을 수 없어요
bad-request-body = 뒤로 가서 양식을 다시 보내 주세요.
forbidden-title = 이 양식은 만료되었거나 다른 사이트에서 왔어요
forbidden-body = 아무것도 저장되지 않았어요. 양식을 다시 열어서 거기서 보내 주세요.
too-large-title = 제보가 너무 커요
too-large-body = 아무것도 저장되지 않았어요. 글을 줄여서 다시 시도해 주세요.
not-found-title = 페이지를 찾을 수 없어요
not-found-body = 이 주소에는 아무것도 없어요.
internal-title = 문제가 생겼어요
internal-body = 입력한 내용은 사라지지 않았어요. 다시 시도해 주세요. 계속 이런 일이 생기면 이 코드를 알려 주세요: { $incident }
back-to-form = 양식으로 돌아가기

## 긴급 전화번호 (Emergency numbers, shown for the chosen country)
emergency-MM = 미얀마: 경찰 199, 구급차 192
emergency-KH = 캄보디아: 경찰 117, 구급차 119
emergency-LA = 라오스: 경찰 191, 구급차 195
emergency-TH = 태국: 경찰 191, 관광 경찰 1155, 구급차 1669
emergency-PH = 필리핀: 긴급 전화 911
emergency-MY = 말레이시아: 긴급 전화 999 (휴대폰에서는 112)
emergency-ID = 인도네시아: 긴급 전화 112, 경찰 110
emergency-VN = 베트남: 경찰 113, 구급차 115
emergency-AE = 아랍에미리트: 경찰 999, 구급차 998

## 다시 방문 (Follow-up: a source comes back with their codename)
followup-title = 답장과 추가 정보
followup-open-title = 암호명을 입력하세요
followup-read-again = 답장 다시 읽기
followup-intro = 제보를 보낼 때 받은 암호명을 입력하세요. 대소문자, 남는 띄어쓰기, 하이픈(-)은 신경 쓰지 않아도 돼요.
followup-codename-label = 나의 암호명
followup-open = 열기
followup-not-recognised = 그 암호명을 찾을 수 없어요. 단어를 확인하고 다시 시도해 주세요.
followup-replies-title = 제보에 대한 답장
followup-no-replies = 아직 답장이 없어요. 나중에 다시 와 주세요.
followup-replies-once = 답장은 지금만 보여요. 다시 읽으려면 암호명을 다시 입력하세요.
followup-add-title = 정보 더하기 또는 제보 고치기
followup-add-intro = 여기에 쓴 내용은 암호화되어, 제보를 받은 단체와 같은 곳으로 전달돼요.
followup-add-label = 더하고 싶은 내용
followup-add-submit = 안전하게 보내기
followup-added = 감사합니다. 더한 내용이 접수되었고, 제보를 받은 단체와 같은 곳으로 전달될 거예요.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = 더할 내용을 쓰거나 파일을 골라 주세요 (최대 20,000자).
followup-files-added = { $count ->
   *[other] 파일 { $count }개도 함께 받았어요.
}
followup-add-unavailable = 지금은 보낼 수 없어요. 나중에 다시 시도해 주세요. 쓴 내용은 사라지지 않았어요.
followup-store-failed = 저희 쪽에 문제가 생겨서 아무것도 저장되지 않았어요. 쓴 내용은 아래에 그대로 있어요. 몇 분 뒤에 다시 시도해 주세요.
followup-logout = 로그아웃
followup-logged-out = 로그아웃되었어요. 이 창을 닫으세요.
followup-session-note = 15분 동안 아무것도 하지 않으면 자동으로 로그아웃돼요. 다 쓰면 로그아웃하세요. 다른 사람과 같이 쓰는 휴대폰이라면 꼭 하세요.
followup-session-ended = 접속이 끝났어요. 암호명을 다시 입력하세요.
followup-kept-label = 더하던 내용을 여기에 남겨 두었어요: 암호명을 입력하고 '열기'를 누른 다음 '안전하게 보내기'를 누르세요
followup-busy = 지금 암호명 입력 시도가 너무 많아요. 몇 분 기다렸다가 다시 시도해 주세요.
followup-add-later = 오늘은 이 제보에 더할 수 있는 만큼 다 더했어요. 내일 다시 시도해 주세요. 쓴 내용은 사라지지 않았어요.
receipt-followup = 암호명을 가지고 답장 페이지로 다시 오면 답장을 읽고 정보를 더할 수 있어요:
receipt-followup-link = 답장 읽기와 정보 더하기

## 빠른 나가기와 휴대폰 안전 (Quick exit and device safety — on every source page)
leave-now = 지금 나가기
leave-now-title = 이 사이트에서 바로 나가서 평범한 페이지를 열어요
safety-link = 휴대폰 안전하게 지키기
safety-title = 휴대폰 안전하게 지키기
safety-intro = 누군가 휴대폰을 검사할 수 있다면, 이 사이트를 쓴 흔적을 찾을 수 있어요. 무엇이 남는지, 어떻게 지우는지 알려 드릴게요. 1분이면 돼요.
safety-history-title = 방문 기록
safety-history-body = 브라우저는 연 페이지를 기억해요. 시크릿 창(비밀 모드라고도 해요)이나 Tor Browser를 쓰고, 다 쓰면 닫으세요. 일반 창을 썼다면 방문 기록에서 이 사이트를 지우세요.
safety-kept-title = 시크릿 창에서도 남는 것
safety-kept-body = 창이 열려 있는 동안에는 뒤로 가기 버튼으로 양식과 접수 완료 화면이 다시 보일 수 있어요. 다 쓰면 창을 닫으세요. 입력한 내용은 방문 기록에 저장되지 않지만, 일반 창은 페이지 주소를 남길 수 있어요.
safety-keyboard-title = 키보드
safety-keyboard-body = 키보드는 입력한 단어를 학습해서 나중에 추천할 수 있어요. 키보드 설정에서 학습한 단어를 지우거나, 입력하기 전에 단어 추천 기능을 끄세요.
safety-downloads-title = 다운로드와 화면 캡처
safety-downloads-body = 이 페이지들을 화면 캡처하거나 다운로드하지 마세요. 이미 했다면 지운 다음, '최근 삭제된 항목'이나 휴지통도 비우세요.
safety-notifications-title = 알림
safety-notifications-body = 이 사이트는 절대 알림을 보내지 않아요. 연락 방법을 남겼다면 단체가 보낸 메시지가 화면에 뜰 수 있어요. 나만 볼 수 있는 연락처를 남기세요.
safety-private-title = 시크릿 창 또는 Tor Browser
safety-private-body = 시크릿 창은 닫으면 연 페이지를 잊어요. Tor Browser는 어떤 사이트를 여는지 통신사와 네트워크에도 숨겨 줘요. 이 사이트는 둘 다에서 쓸 수 있고, JavaScript를 꺼도 쓸 수 있어요.
safety-codename-title = 나의 암호명
safety-codename-body = 간직해야 할 것은 암호명 하나뿐이에요. 외워 두거나, 아무도 보지 않을 곳에 적어 두세요. 암호명을 가진 사람은 누구나 제보에 대한 답장을 읽을 수 있어요.
safety-leave = 모든 페이지 맨 위에 있는 '지금 나가기' 링크를 누르면 바로 평범한 페이지가 열려요.

# draft: files block, not yet checked by a native speaker
## 제보와 함께 보내는 파일 (Files sent with a report)
section-files = 사진, 화면 캡처, 파일
files-label = 파일 추가 (여러 개 고를 수 있어요)
files-hint = 예를 들어 그곳의 사진, 구인 광고나 채팅 화면 캡처, 음성 메시지, 문서 등. 파일은 최대 { $count }개, 모두 합쳐 최대 { $size }까지예요.
files-metadata = 사진에는 찍은 장소와 시간, 어떤 휴대폰으로 찍었는지가 담겨 있을 수 있어요. 이것은 단지를 찾는 데 도움이 되지만, 보낸 사람이 누구인지 알려 줄 수도 있어요.
photo-data-legend = 사진 속 위치 정보와 카메라 정보
photo-data-remove = 지우기 (더 안전해요)
photo-data-keep = 그대로 두기 (사진을 찍은 장소와 어떤 휴대폰으로 찍었는지 알 수 있어요)
photo-data-formats = Tipline은 JPEG, PNG, WebP, HEIC 사진에서 사진 모습은 바꾸지 않고 이 정보만 지워요. 다른 파일(동영상, 음성 메시지, 문서)은 보낸 그대로 보관돼요. 누구인지 드러날 수 있는 파일은 빼 주세요.
files-again = 양식이 질문과 함께 다시 나오면 파일을 다시 골라 주세요. 파일은 제보를 보낸 뒤에만 보관돼요.
error-file-too-large = “{ $name }” 파일이 { $size }보다 커요. 아무것도 보내지지 않았어요. 그 파일을 빼거나 더 작은 파일을 고른 다음, 파일을 다시 골라 주세요.
error-files-too-large = 파일을 모두 합치면 { $size }보다 커요. 아무것도 보내지지 않았어요. 몇 개를 뺀 다음, 파일을 다시 골라 주세요.
error-too-many-files = 파일을 { $count }개보다 많이 골랐어요. 아무것도 보내지지 않았어요. 최대 { $count }개까지 골라 주세요.
error-file-empty = “{ $name }” 파일이 비어 있어요. 아직 휴대폰에 내려받지 않은 파일일 수 있어요. 아무것도 보내지지 않았어요. 다시 고르거나 빼 주세요.
files-choose-again = 파일을 다시 골라 주세요. 파일이 보관되지 않았어요.
receipt-files = { $count ->
   *[other] 제보와 함께 파일 { $count }개를 받았어요.
}
