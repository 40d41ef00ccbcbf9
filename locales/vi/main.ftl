## Tipline source pages — Tiếng Việt (Vietnamese)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = tin báo (verb: báo tin), codename = mật danh, compound = khu lừa đảo, organisation = tổ chức, encrypted = mã hóa, private window = cửa sổ ẩn danh, Leave now = Thoát ngay, reply = thư trả lời, police = cảnh sát, link = đường dẫn, embassy = đại sứ quán

site-name = Tipline
skip-to-form = Đi thẳng tới biểu mẫu
demo-banner = BẢN DEMO — chỉ để dùng thử. Tin báo ở đây được mã hóa bằng một khóa thử, nhưng khóa mở thì ai cũng có. Đừng gửi tin báo thật.
language-label = Ngôn ngữ

## The report form (Biểu mẫu báo tin)
form-title = Báo tin về khu lừa đảo hoặc người mất tích
form-intro = Biểu mẫu này ẩn danh. Chúng tôi không ghi lại địa chỉ, thiết bị hay trình duyệt của bạn. Những gì bạn viết được mã hóa trước khi lưu, nên chỉ những tổ chức nhận tin báo mới đọc được. Bạn không bắt buộc phải điền ô nào, nhưng xin cho chúng tôi biết khu lừa đảo ở đâu hoặc chuyện gì đã xảy ra.
form-safety = Nếu người khác hay kiểm tra điện thoại của bạn, hãy dùng cửa sổ ẩn danh và đóng lại khi xong. Bàn phím có thể nhớ những từ bạn gõ.
form-operator-always = Tổ chức vận hành dịch vụ này luôn nhận được tin báo của bạn. Ở dưới, bạn chọn xem tin báo có được chia sẻ thêm cho nơi khác hay không.
form-errors-title = Xin kiểm tra lại biểu mẫu
form-error-where-or-what = Xin cho chúng tôi biết khu lừa đảo ở đâu (quốc gia, thị trấn hoặc tên khu lừa đảo) hoặc chuyện gì đã xảy ra (chi tiết).

section-you = Về bạn
role-label = Bạn là ai?
role-inside = Tôi đang ở trong khu lừa đảo
role-escaped = Tôi đã trốn thoát hoặc được thả ra khỏi khu lừa đảo
role-family = Tôi là người nhà hoặc bạn của người đang bị giữ
role-other = Khác

danger-label = Có ai đang gặp nguy hiểm ngay lúc này không?
danger-yes = Có
danger-no = Không
danger-unsure = Tôi không biết
danger-help-title = Đang gặp nguy hiểm? Hãy làm thế này
danger-help-intro = Nếu có thể, hãy gọi cứu giúp ngay. Cảnh sát địa phương gần một số khu lừa đảo có thể thông đồng với chủ khu; đại sứ quán nước bạn thường an toàn hơn. Hãy lưu sẵn các số điện thoại trước khi cần.
danger-help-embassy = Hãy liên hệ đại sứ quán hoặc lãnh sự quán của nước bạn: họ có thể giúp người bị giữ ở nước ngoài, kể cả khi không có hộ chiếu.

section-where = Khu lừa đảo ở đâu?
country-label = Quốc gia
country-choose = Chọn quốc gia
country-other-label = Quốc gia khác
area-label = Thị trấn hoặc khu vực
area-hint = Ví dụ: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ (Đặc khu kinh tế Tam giác Vàng)
compound-label = Tên khu lừa đảo hoặc tên công ty
building-label = Các tòa nhà
building-hint = Số tòa nhà, màu sắc, tầng, những gì bạn thấy ở gần đó
location-label = Tọa độ hoặc đường dẫn bản đồ
location-hint = Ví dụ 16.6870, 98.5085 hoặc một đường dẫn bản đồ. Chúng tôi chỉ đọc các con số; chúng tôi không bao giờ mở đường dẫn.

section-held = Những người bị giữ ở đó
held-count-label = Có khoảng bao nhiêu người bị giữ?
held-nationalities-label = Quốc tịch của họ

section-people = Những người đang gặp nguy hiểm
people-intro = Hãy kể cho chúng tôi về từng người bạn đang lo lắng. Thêm bao nhiêu người cũng được.
person-heading = Người thứ { $number }
person-name-label = Tên
person-age-label = Tuổi
person-nationality-label = Quốc tịch
person-nationality-other-label = Quốc tịch khác
person-contact-label = Số điện thoại hoặc tài khoản nhắn tin
person-last-contact-label = Lần liên lạc cuối (ngày)
add-person = Thêm một người nữa

section-recruitment = Họ bị dụ đi làm như thế nào?
recruit-platform-label = Họ tìm thấy việc làm ở đâu? (ứng dụng, trang web, mạng xã hội)
recruit-ad-label = Lời mời làm việc đã hứa những gì?
recruit-agent-label = Người môi giới hoặc người tuyển người (tên, số điện thoại, tài khoản)
passports-label = Hộ chiếu có bị lấy mất không?
passports-yes = Có
passports-no = Không
passports-unknown = Tôi không biết

section-details = Chuyện gì đã xảy ra?
details-label = Chi tiết
details-hint = Bất cứ điều gì có thể giúp: bạn đã thấy gì, chuyện gì xảy ra, ngày tháng, tên người, mọi người bị đối xử ra sao.

section-contact = Liên lạc với bạn
contact-method-label = Một cách an toàn để liên lạc với bạn, nếu có
contact-method-hint = Để trống nếu liên lạc với bạn là không an toàn.
contact-time-label = Khi nào liên lạc với bạn thì an toàn?

section-consent = Ai được nhận tin báo của bạn?
consent-intro = Chỉ đánh dấu những gì bạn đồng ý. Nếu bạn không đánh dấu gì, chỉ tổ chức vận hành dịch vụ này nhận được tin báo.
consent-ngo = Các tổ chức cứu trợ khác (tổ chức phi chính phủ) được nhận tin báo của tôi
consent-embassy = Các đại sứ quán được nhận tin báo của tôi
consent-police = Cảnh sát được nhận tin báo của tôi

submit = Gửi tin báo an toàn
chars-max = Tối đa { $max } ký tự.

## Field errors (never repeat what was typed) (Lỗi khi điền)
error-too-long = Quá dài: tối đa { $max } ký tự.
error-choice = Xin chọn một trong các lựa chọn.
error-number = Xin nhập một con số.

## Receipt (Đã nhận tin báo)
receipt-title = Đã nhận được tin báo của bạn
receipt-intro = Cảm ơn bạn. Tin báo của bạn được lưu ở dạng mã hóa và sẽ được gửi tới các tổ chức bạn đã chọn.
receipt-codename-title = Mật danh của bạn
receipt-codename-intro = Đây là lần duy nhất bạn thấy mật danh này. Với nó, bạn có thể quay lại sau để đọc thư trả lời và thêm thông tin.
receipt-keep-safe-title = Hãy giữ kỹ
receipt-keep-1 = Hãy học thuộc lòng, hoặc viết ra ở chỗ không ai kiểm tra. Đừng chụp màn hình.
receipt-keep-2 = Ai có mật danh này đều đọc được thư trả lời cho tin báo của bạn.
receipt-keep-3 = Chúng tôi không thể lấy lại mật danh bị mất: chúng tôi chưa bao giờ lưu nó.
receipt-keyboard = Bàn phím điện thoại có thể vẫn nhớ những từ bạn đã gõ. Nếu điện thoại của bạn có thể bị kiểm tra, hãy xóa các từ bàn phím đã học và đóng cửa sổ này.
receipt-urgent-title = Nếu có người đang gặp nguy hiểm ngay lúc này
receipt-new-report = Gửi tin báo khác

## Other pages (Các trang khác)
already-title = Tin báo của bạn đã được nhận rồi
already-body = Biểu mẫu này đã được gửi rồi, nên chúng tôi không lưu hai lần. Nếu muốn thêm điều gì, hãy gửi tin báo mới.
busy-title = Đang quá tải — xin thử lại sau vài phút
busy-body = Lúc này có rất nhiều tin báo đang gửi đến. Những gì bạn gửi chưa được lưu. Xin quay lại và gửi lại biểu mẫu sau vài phút; những gì bạn đã gõ có lẽ vẫn còn trong biểu mẫu.
unavailable-title = Hiện không thể nhận tin báo
unavailable-body = Chưa có gì được lưu. Xin thử lại sau, hoặc liên hệ thẳng với một tổ chức bạn tin tưởng hoặc đại sứ quán của bạn.
store-failed-title = Không lưu được tin báo của bạn
store-failed-body = Bên chúng tôi bị lỗi, và những gì bạn gửi chưa được giữ lại. Những gì bạn đã gõ vẫn còn trong biểu mẫu bên dưới: xin gửi lại sau vài phút. Nếu vẫn bị lỗi, hãy báo mã này: { $incident }
bad-request-title = Không đọc được biểu mẫu
bad-request-body = Xin quay lại và gửi lại biểu mẫu.
forbidden-title = Biểu mẫu này đã hết hạn hoặc đến từ trang khác
forbidden-body = Chưa có gì được lưu. Xin mở lại biểu mẫu và gửi từ đó.
too-large-title = Tin báo quá dài
too-large-body = Chưa có gì được lưu. Xin viết ngắn lại rồi thử lại.
not-found-title = Không tìm thấy trang
not-found-body = Địa chỉ này không có gì cả.
internal-title = Đã có lỗi
internal-body = Những gì bạn gửi không bị mất ở phía bạn; xin thử lại. Nếu vẫn bị lỗi, hãy báo mã này: { $incident }
back-to-form = Quay lại biểu mẫu

## Countries: their names come from CLDR (countries.ftl, generated); only "Other" is written here (Quốc gia: tên lấy từ CLDR; ở đây chỉ có “Khác”)
country-OTHER = Khác

## Emergency numbers, shown for the chosen country (Số điện thoại khẩn cấp)
emergency-MM = Myanmar: cảnh sát 199, cấp cứu 192
emergency-KH = Campuchia: cảnh sát 117, cấp cứu 119
emergency-LA = Lào: cảnh sát 191, cấp cứu 195
emergency-TH = Thái Lan: cảnh sát 191, cảnh sát du lịch 1155, cấp cứu 1669
emergency-PH = Philippines: khẩn cấp 911
emergency-MY = Malaysia: khẩn cấp 999 (112 nếu gọi từ điện thoại di động)
emergency-ID = Indonesia: khẩn cấp 112, cảnh sát 110
emergency-VN = Việt Nam: cảnh sát 113, cấp cứu 115
emergency-AE = Các Tiểu vương quốc Ả Rập Thống nhất: cảnh sát 999, cấp cứu 998

## Follow-up: a source comes back with their codename (Theo dõi: người gửi quay lại với mật danh)
followup-title = Thư trả lời và thêm thông tin
followup-open-title = Nhập mật danh của bạn
followup-read-again = Đọc lại thư trả lời
followup-intro = Hãy gõ mật danh bạn nhận được khi gửi tin báo. Chữ hoa, dấu cách thừa và dấu gạch ngang không quan trọng.
followup-codename-label = Mật danh của bạn
followup-open = Mở
followup-not-recognised = Không nhận ra mật danh này. Hãy kiểm tra lại các từ và thử lại.
followup-replies-title = Thư trả lời cho tin báo của bạn
followup-no-replies = Chưa có thư trả lời. Hãy quay lại sau.
followup-replies-once = Thư trả lời chỉ hiện ra lần này; muốn đọc lại, hãy nhập lại mật danh.
followup-add-title = Thêm thông tin hoặc sửa tin báo của bạn
followup-add-intro = Những gì bạn viết ở đây được mã hóa và gửi tới cùng những tổ chức đã nhận tin báo của bạn.
followup-add-label = Điều bạn muốn thêm
followup-add-submit = Gửi an toàn
followup-added = Cảm ơn bạn. Chúng tôi đã nhận được phần bạn thêm, và nó sẽ đến cùng những tổ chức đã nhận tin báo của bạn.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Hãy viết điều bạn muốn thêm, hoặc chọn một tệp (tối đa 20.000 ký tự).
followup-files-added = { $count ->
   *[other] { $count } tệp của bạn cũng đã được thêm.
}
followup-add-unavailable = Hiện chưa gửi được. Hãy thử lại sau; những gì bạn viết không bị mất.
followup-store-failed = Bên chúng tôi bị lỗi, và chưa có gì được lưu. Những gì bạn viết vẫn còn ở bên dưới: xin thử lại sau vài phút.
followup-logout = Đăng xuất
followup-logged-out = Bạn đã đăng xuất. Hãy đóng cửa sổ này.
followup-session-note = Bạn sẽ tự động bị đăng xuất sau 15 phút không dùng. Hãy đăng xuất khi xong, nhất là trên điện thoại dùng chung.
followup-session-ended = Bạn đã bị đăng xuất. Hãy nhập lại mật danh.
followup-kept-label = Phần bạn đang thêm, được giữ lại ở đây: hãy nhập mật danh và bấm “Mở”, rồi bấm “Gửi an toàn”
followup-busy = Lúc này có quá nhiều mật danh đang được thử. Hãy chờ vài phút rồi thử lại.
followup-add-later = Hôm nay tin báo này đã được thêm đủ rồi. Hãy thử lại vào ngày mai; những gì bạn viết không bị mất.
receipt-followup = Hãy quay lại trang theo dõi với mật danh của bạn để đọc thư trả lời và thêm thông tin:
receipt-followup-link = đọc thư trả lời và thêm thông tin

## Quick exit and device safety (on every source page) (Thoát nhanh và an toàn cho điện thoại)
leave-now = Thoát ngay
leave-now-title = Rời trang này ngay và mở một trang bình thường
safety-link = Giữ an toàn cho điện thoại
safety-title = Giữ an toàn cho điện thoại
safety-intro = Nếu có người kiểm tra điện thoại của bạn, họ có thể thấy dấu vết bạn đã dùng trang này. Dưới đây là những gì họ có thể thấy và cách xóa. Chỉ mất một phút.
safety-history-title = Lịch sử trình duyệt
safety-history-body = Trình duyệt nhớ các trang bạn mở. Hãy dùng cửa sổ ẩn danh (còn gọi là cửa sổ riêng tư) hoặc Tor Browser, và đóng lại khi xong. Nếu bạn đã dùng cửa sổ thường, hãy xóa trang này khỏi lịch sử.
safety-kept-title = Những gì vẫn còn lại, kể cả trong cửa sổ ẩn danh
safety-kept-body = Khi cửa sổ còn mở, nút quay lại có thể hiện lại biểu mẫu và trang xác nhận. Hãy đóng cửa sổ khi xong. Những gì bạn gõ không được lưu trong lịch sử, nhưng cửa sổ thường có thể giữ lại địa chỉ các trang.
safety-keyboard-title = Bàn phím
safety-keyboard-body = Bàn phím có thể học những từ bạn gõ và gợi ý lại sau này. Trong phần cài đặt bàn phím, hãy xóa các từ đã học, hoặc tắt gợi ý trước khi gõ.
safety-downloads-title = Tải xuống và ảnh chụp màn hình
safety-downloads-body = Đừng chụp màn hình hay tải các trang này xuống. Nếu đã làm, hãy xóa chúng, rồi dọn sạch cả thư mục “Đã xóa gần đây” hoặc thùng rác.
safety-notifications-title = Thông báo
safety-notifications-body = Trang này không bao giờ gửi thông báo. Nếu bạn đã để lại cách liên lạc, tin nhắn từ một tổ chức có thể hiện lên màn hình: hãy cho cách liên lạc mà chỉ bạn mới xem được.
safety-private-title = Cửa sổ ẩn danh hoặc Tor Browser
safety-private-body = Cửa sổ ẩn danh sẽ quên các trang khi bạn đóng nó. Tor Browser còn giấu trang bạn mở, để nhà mạng điện thoại và mạng bạn đang dùng không biết. Trang này dùng được với cả hai, kể cả khi tắt JavaScript.
safety-codename-title = Mật danh của bạn
safety-codename-body = Mật danh là thứ duy nhất cần giữ. Hãy học thuộc lòng, hoặc viết ra ở chỗ không ai tìm. Ai có mật danh đều đọc được thư trả lời cho tin báo của bạn.
safety-leave = Đường dẫn “Thoát ngay” ở đầu mỗi trang sẽ mở ngay một trang bình thường.

# draft: files block, not yet checked by a native speaker
## Tệp gửi kèm tin báo (Files sent with a report)
section-files = Ảnh, ảnh chụp màn hình và tệp
files-label = Thêm tệp (có thể chọn nhiều tệp)
files-hint = Ví dụ: ảnh nơi đó, ảnh chụp màn hình lời mời làm việc hoặc các cuộc trò chuyện, tin nhắn thoại, giấy tờ. Tối đa { $count } tệp, tổng cộng không quá { $size }.
files-metadata = Ảnh có thể ghi lại nơi chụp, lúc chụp và điện thoại đã chụp. Điều đó có thể giúp tìm ra khu lừa đảo, nhưng cũng có thể chỉ ra bạn.
photo-data-legend = Dữ liệu vị trí và máy ảnh trong ảnh
photo-data-remove = Xóa dữ liệu này (an toàn hơn cho bạn)
photo-data-keep = Giữ lại dữ liệu này (có thể cho thấy ảnh được chụp ở đâu và bằng điện thoại nào)
photo-data-formats = Tipline xóa dữ liệu này khỏi ảnh JPEG, PNG, WebP và HEIC mà không làm thay đổi hình ảnh. Các tệp khác (video, tin nhắn thoại, giấy tờ) được giữ nguyên như khi bạn gửi. Đừng gửi tệp nào có thể cho thấy bạn là ai.
files-again = Nếu biểu mẫu quay lại với bạn kèm một câu hỏi, hãy chọn lại các tệp: tệp chỉ được lưu khi tin báo đã được gửi.
error-file-too-large = Tệp “{ $name }” lớn hơn { $size }. Chưa có gì được gửi. Hãy bỏ tệp đó ra hoặc chọn tệp nhỏ hơn, rồi chọn lại các tệp.
error-files-too-large = Tổng các tệp của bạn lớn hơn { $size }. Chưa có gì được gửi. Hãy bỏ bớt vài tệp, rồi chọn lại các tệp.
error-too-many-files = Bạn đã chọn hơn { $count } tệp. Chưa có gì được gửi. Hãy chọn tối đa { $count } tệp.
error-file-empty = Tệp “{ $name }” trống: có thể tệp chưa có trên điện thoại của bạn. Chưa có gì được gửi. Hãy chọn lại hoặc bỏ tệp đó ra.
files-choose-again = Xin chọn lại các tệp: các tệp đã không được giữ lại.
receipt-files = { $count ->
   *[other] Đã nhận được { $count } tệp kèm theo tin báo của bạn.
}
