## Tipline source pages — 简体中文 (Simplified Chinese)

# review: all — draft translation, not yet checked by a native speaker

site-name = Tipline
skip-to-form = 跳到表格
demo-banner = 演示版本 — 只用于测试。这里的报告虽然加密了，但解密的钥匙是公开的，谁都能看。请不要发送真实的报告。
language-label = 语言

## 举报表格 (The report form)
form-title = 举报诈骗园区或失踪的人
form-intro = 这个表格是匿名的。我们不会记录你的地址、手机或浏览器。你写的内容在保存前就会加密，只有收到报告的机构才能看。每一项都可以不填，但请告诉我们园区在哪里，或者发生了什么。
form-safety = 如果别人会检查你的手机，请用无痕（隐私）窗口，用完马上关掉。你的输入法可能会记住你打过的字。
form-operator-always = 运营这个服务的机构一定会收到你的报告。你可以在下面选择，是否也分享给其他人。
form-errors-title = 请检查表格
form-error-where-or-what = 请告诉我们园区在哪里（国家、城镇或园区名字），或者发生了什么（详细情况）。

section-you = 关于你
role-label = 你是谁？
role-inside = 我现在在园区里面
role-escaped = 我从园区逃出来了，或者已经被放出来了
role-family = 我是被困人员的家人或朋友
role-other = 其他

danger-label = 现在有人有危险吗？
danger-yes = 有
danger-no = 没有
danger-unsure = 不知道
danger-help-title = 现在有危险？该怎么办
danger-help-intro = 如果可以，现在就打电话求助。有些园区附近的当地警察可能和园区老板是一伙的；找你自己国家的大使馆通常更安全。请提前把这些号码存好。
danger-help-embassy = 联系你自己国家的大使馆或领事馆：就算没有护照，他们也能帮助被困在国外的人。

section-where = 园区在哪里？
country-label = 国家
country-choose = 选择国家
country-other-label = 其他国家
area-label = 城镇或地区
area-hint = 例如：水沟谷（亚太新城）、KK园区、妙瓦底、西哈努克港（西港）、波贝、金三角经济特区
compound-label = 园区或公司名字
building-label = 楼房
building-hint = 几号楼、什么颜色、几楼、附近能看到什么
location-label = 坐标或地图链接
location-hint = 例如 16.6870, 98.5085 或地图链接。我们只读数字，绝不会打开链接。

section-held = 被困在那里的人
held-count-label = 大约有多少人被困？
held-nationalities-label = 他们是哪国人？

section-people = 有危险的人
people-intro = 请告诉我们你担心的每一个人。需要几个就加几个。
person-heading = 第 { $number } 个人
person-name-label = 名字
person-age-label = 年龄
person-nationality-label = 国籍
person-nationality-other-label = 其他国籍
person-contact-label = 电话号码或聊天软件账号
person-last-contact-label = 最后一次联系的日期
add-person = 再加一个人

section-recruitment = 他们是怎么被招过去的？
recruit-platform-label = 他们在哪里看到这份工作？（App、网站、社交媒体）
recruit-ad-label = 招工时答应了什么？
recruit-agent-label = 中介或招工的人（名字、电话、账号）
passports-label = 护照被收走了吗？
passports-yes = 是
passports-no = 没有
passports-unknown = 不知道

section-details = 发生了什么？
details-label = 详细情况
details-hint = 任何有用的信息：你看到了什么、发生了什么、日期、名字、那里的人被怎样对待。

section-contact = 怎么联系你
contact-method-label = 安全联系你的方式（如果有）
contact-method-hint = 如果联系你不安全，这里就空着不填。
contact-time-label = 什么时候联系你比较安全？

section-consent = 谁可以收到你的报告？
consent-intro = 只勾选你同意的。如果什么都不勾，只有运营这个服务的机构会收到报告。
consent-ngo = 其他救助机构（NGO）可以收到我的报告
consent-embassy = 大使馆可以收到我的报告
consent-police = 警察可以收到我的报告

submit = 安全发送报告
chars-max = 最多 { $max } 个字。

## 填写错误 (Field errors — never repeat what was typed)
error-too-long = 太长了：最多 { $max } 个字。
error-choice = 请选一个选项。
error-number = 请填数字。

## 回执 (Receipt)
receipt-title = 我们已经收到你的报告
receipt-intro = 谢谢你。你的报告已经加密保存，会发给你选择的机构。
receipt-codename-title = 你的代号
receipt-codename-intro = 你只能在这里看到它这一次。以后可以用它回来看回复、补充信息。
receipt-keep-safe-title = 请保管好
receipt-keep-1 = 把它背下来，或者写在没人会检查的地方。不要截图。
receipt-keep-2 = 任何人只要有这个代号，就能看到给你报告的回复。
receipt-keep-3 = 代号丢了，我们也找不回来：我们从来没有保存过它。
receipt-keyboard = 你手机的输入法可能还记得你打过的字。如果手机可能被人检查，请清除输入法记住的词，并关掉这个窗口。
receipt-urgent-title = 如果现在有人有危险
receipt-new-report = 再发一份报告

## 其他页面 (Other pages)
already-title = 你的报告已经收到了
already-body = 这个表格已经发过了，所以我们没有重复保存。如果想补充内容，请发一份新报告。
busy-title = 现在太忙 — 请过几分钟再试
busy-body = 现在有很多报告同时进来。你发的内容都没有保存。请过几分钟返回，再发一次表格；你填的内容应该还在表格里。
unavailable-title = 现在不能接收报告
unavailable-body = 什么都没有保存。请稍后再试，或者直接联系你信任的机构或你的大使馆。
store-failed-title = 你的报告没能保存
store-failed-body = 我们这边出了问题，你发的内容都没有保存。你填的内容还在下面的表格里：请过几分钟再发一次。如果一直这样，请告诉我们这个代码：{ $incident }
bad-request-title = 读不了这个表格
bad-request-body = 请返回，再发一次表格。
forbidden-title = 这个表格已经过期，或者来自别的网站
forbidden-body = 什么都没有保存。请重新打开表格，再从那里发送。
too-large-title = 报告太大了
too-large-body = 什么都没有保存。请把文字写短一点，再试一次。
not-found-title = 找不到这个页面
not-found-body = 这个地址什么都没有。
internal-title = 出错了
internal-body = 你填的内容在你这边没有丢，请再试一次。如果一直出错，请告诉我们这个代码：{ $incident }
back-to-form = 返回表格

## 国家 (Countries — the compound's country, and nationalities)
country-OTHER = 其他

## 紧急电话 (Emergency numbers, shown for the chosen country)
emergency-MM = 缅甸：警察 199，救护车 192
emergency-KH = 柬埔寨：警察 117，救护车 119
emergency-LA = 老挝：警察 191，救护车 195
emergency-TH = 泰国：警察 191，旅游警察 1155，救护车 1669
emergency-PH = 菲律宾：紧急电话 911
emergency-MY = 马来西亚：紧急电话 999（用手机可拨 112）
emergency-ID = 印度尼西亚：紧急电话 112，警察 110
emergency-VN = 越南：警察 113，救护车 115
emergency-AE = 阿联酋：警察 999，救护车 998

## 后续 (Follow-up: a source comes back with their codename)
followup-title = 回复和补充信息
followup-open-title = 输入你的代号
followup-read-again = 再看一次回复
followup-intro = 请输入你发报告时拿到的代号。大小写、多余的空格和短横线（-）都没关系。
followup-codename-label = 你的代号
followup-open = 打开
followup-not-recognised = 找不到这个代号。请检查一下每个单词，再试一次。
followup-replies-title = 给你报告的回复
followup-no-replies = 还没有回复。请以后再来看。
followup-replies-once = 回复只在这一次显示；想再看，请再输入一次你的代号。
followup-add-title = 补充信息或更正你的报告
followup-add-intro = 你在这里写的内容会加密，然后发给收到你报告的那些机构。
followup-add-label = 你想补充的内容
followup-add-submit = 安全发送
followup-added = 谢谢你。我们已经收到你补充的内容，会发给收到你报告的那些机构。
# draft: followup files, not yet checked by a native speaker
followup-add-empty = 请写下要补充的内容，或选择一个文件（最多 20,000 个字）。
followup-files-added = { $count ->
   *[other] 你的 { $count } 个文件也一起收到了。
}
followup-add-unavailable = 现在发送不了。请稍后再试；你写的内容没有丢。
followup-store-failed = 我们这边出了问题，什么都没有保存。你写的内容还在下面：请过几分钟再试。
followup-logout = 退出
followup-logged-out = 你已经退出了。请关掉这个窗口。
followup-session-note = 15 分钟没有操作就会自动退出。用完请马上退出，特别是在和别人共用的手机上。
followup-session-ended = 你已经自动退出了。请再输入一次你的代号。
followup-kept-label = 你刚才在补充的内容（已经帮你留在这里：输入代号后，再按一次“安全发送”就会发出）
followup-busy = 现在输入代号的次数太多了。请过几分钟再试。
followup-add-later = 今天给这份报告补充的内容已经够多了。请明天再试；你写的内容没有丢。
receipt-followup = 以后可以带着你的代号回到后续页面，看回复、补充信息：
receipt-followup-link = 看回复、补充信息

## 快速离开和手机安全 (Quick exit and device safety — on every source page)
leave-now = 立即离开
leave-now-title = 马上离开这个网站，打开一个普通网页
safety-link = 保护你的手机
safety-title = 保护你的手机
safety-intro = 如果有人可能检查你的手机，他们可能会发现你用过这个网站的痕迹。下面告诉你他们能找到什么、怎么删掉。只要一分钟。
safety-history-title = 浏览记录
safety-history-body = 你的浏览器会记住你打开过的页面。请用无痕（隐私）窗口或 Tor Browser，用完马上关掉。如果你用的是普通窗口，请从浏览记录里删掉这个网站。
safety-kept-title = 就算用无痕窗口，也会留下的东西
safety-kept-body = 窗口还开着的时候，按“返回”可能会再次显示表格和回执页面。用完请关掉窗口。你填的内容不会保存在浏览记录里，但普通窗口可能会留下页面地址。
safety-keyboard-title = 输入法
safety-keyboard-body = 你的输入法可能会学习你打过的字，以后再推荐给你。请在输入法设置里清除它记住的词，或者在打字前关掉联想推荐功能。
safety-downloads-title = 下载和截图
safety-downloads-body = 不要给这些页面截图，也不要下载。如果已经截了或下载了，请删掉，然后把“最近删除”或回收站也清空。
safety-notifications-title = 通知
safety-notifications-body = 这个网站从来不会发通知。如果你留了联系方式，机构发来的消息可能会出现在你的屏幕上：请留一个只有你自己能看到的联系方式。
safety-private-title = 无痕窗口或 Tor Browser
safety-private-body = 无痕窗口关掉后就会忘记你看过的页面。Tor Browser 还能让手机运营商和网络都看不到你打开的是哪个网站。这个网站在这两种方式下都能用，就算关掉 JavaScript 也可以。
safety-codename-title = 你的代号
safety-codename-body = 代号是唯一需要留着的东西。把它背下来，或者写在没人会看的地方。任何人只要有它，就能看到给你报告的回复。
safety-leave = 每个页面最上面的“立即离开”链接，会马上打开一个普通网页。

# draft: files block, not yet checked by a native speaker
## 随报告发送的文件 (Files sent with a report)
section-files = 照片、截图和文件
files-label = 添加文件（可以选多个）
files-hint = 比如那个地方的照片、招工信息或聊天记录的截图、语音消息、文档。最多 { $count } 个文件，加起来最多 { $size }。
files-metadata = 照片里可能记着拍摄的地点、时间，以及用的是哪部手机。这能帮忙找到园区，但也可能让人找到你。
photo-data-legend = 照片里的位置和相机信息
photo-data-remove = 删掉（对你更安全）
photo-data-keep = 保留（可能让人看出照片是在哪里拍的、用的是哪部手机）
photo-data-formats = Tipline 会删掉 JPEG、PNG、WebP 和 HEIC 照片里的这些信息，照片画面不会改变。其他文件（视频、语音消息、文档）会按你发来的样子原样保存。可能让人看出你是谁的文件，请不要发。
files-again = 如果表格退回来让你补充或修改，请重新选择文件：报告发出后，文件才会保存。
error-file-too-large = 文件“{ $name }”超过了 { $size }。什么都没有发出。请去掉它或换一个小一点的文件，然后重新选择你的文件。
error-files-too-large = 你的文件加起来超过了 { $size }。什么都没有发出。请去掉一些，然后重新选择你的文件。
error-too-many-files = 你选了超过 { $count } 个文件。什么都没有发出。最多只能选 { $count } 个。
error-file-empty = 文件“{ $name }”是空的：它可能还没有下载到你的手机上。什么都没有发出。请重新选择它，或者去掉它。
files-choose-again = 请重新选择你的文件：刚才的文件没有保存。
receipt-files = { $count ->
   *[other] 我们已经收到你随报告发来的 { $count } 个文件。
}
