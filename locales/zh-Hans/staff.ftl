# Tipline responder and admin pages — Simplified Chinese
# review: all — draft translation, not yet checked by a native speaker
# terms: tip = 举报, route = 分发规则 (routing = 分发), team = 团队, vet = 核验, key = 密钥 (public key = 公钥, secret key = 私钥), fingerprint = 指纹, second factor = 两步验证, recovery code = 恢复码, source = 举报人; authenticator app = 验证器应用, seal/encrypt = 加密, report = 报告, codename = 代号, compound = 园区, organisation = 机构, responder = 处理人员, admin = 管理员, instance = 本站, session = 登录会话, approve = 批准, label = 标签, TOTP secret = 设置密钥

## Every responder and admin page

staff-site = Tipline 处理人员
staff-demo = 演示站点 — 这里的报告虽然加密，但对应的私钥是公开的。切勿用于真实报告。
staff-brand = Tipline · 处理人员
staff-nav-label = 账户
staff-nav-dashboard = 控制台
staff-nav-inbox = 收件箱
staff-nav-reader = 阅读器
staff-nav-admin = 管理
staff-nav-admin-mark = （管理员）
staff-logout = 退出登录
staff-languages = 语言

## Log in

login-title = 登录
staff-email = 电子邮件地址
staff-password = 密码
login-code = 验证器应用中的验证码
login-code-hint = 六位数字。手机丢了？请改为输入一个恢复码；每个恢复码只能用一次。
login-invite-only = 账户只能通过邀请创建。如果无法登录，请联系本站的管理员。
login-busy = 服务器繁忙。请等一分钟后再试。
login-logged-out = 您已退出登录。
login-ended = 您的登录会话已结束（30 分钟无操作，或登录已满 12 小时）。请重新登录。
login-failed = 登录失败：电子邮件地址、密码或验证码不正确。请检查后重试。
login-form-old = 此登录表单已过期。请重试。
login-form-elsewhere = 此登录表单不是在这个浏览器中打开的，或者它的 Cookie 已丢失。请在本页重试。
login-wait = { $number ->
   *[other] 此地址的尝试次数过多。请等待 { $number } 秒后再试。
}

## Words used on several pages

key-fingerprint = 指纹
key-algorithm = 算法
key-created = 创建时间
key-expires = 过期时间
expires-never = 永不过期
key-status = 状态
key-file = 公钥文件
key-paste = 或粘贴到这里
col-name = 姓名
col-email = 电子邮件
col-id = ID
col-teams = 团队
col-state = 状态
role-admin = 管理员
role-responder = 处理人员
instance-signs = 本站发出的每份报告和每封邮件，都用以下指纹的密钥签名：
password-new = 新密码
password-new-again = 再次输入新密码
codes-new = 生成新的恢复码
codes-once = 如果您丢失了手机，每个恢复码可以代替一次验证器应用的验证码，只能用一次。请把它们抄下来，或保存在密码管理器中，不要和手机放在一起。它们只在此时显示。
totp-secret = 设置密钥：
totp-link = 本设备上应用的设置链接
back-to-admin = ← 管理

## Dashboard

dash-title = 控制台
dash-signed-in = 已登录：{ $email }
dash-codes-low = { $number ->
   *[other] 只剩 { $number } 个恢复码。请在用完之前，在下方“两步验证”中生成新的恢复码。
}
dash-key = 您的密钥
dash-key-vetted = 已核验：报告会发送给您。
dash-key-pending = 待核验：管理员必须通过其他渠道与您核对此指纹，然后核验。在此之前，您不会收到任何内容。
dash-key-expiring = 30 天内过期：请延长有效期，并把更新后的密钥发给管理员，否则您将不再收到报告。
dash-key-expired = 已过期：您不会收到任何内容。请延长有效期，并把更新后的密钥发给管理员。
dash-key-revoked = 已吊销：您不会收到任何内容。
dash-key-unusable = 无法用于加密：您不会收到任何内容。
dash-teams = 团队：
dash-key-update = 更新您的密钥
dash-key-update-hint = 上传同一把密钥（带新的有效期或子密钥），或它的吊销证书：它会保留核验状态（吊销会立即停止发送）。换成另一把密钥则为待核验，直到管理员核验它。您的其他登录会话将结束。
dash-current-password = 您当前的密码
dash-key-update-button = 更新我的密钥
dash-no-key = 您的账户没有登记密钥，所以不会有报告加密给您。
dash-pending = 等待核验的处理人员
dash-pending-hint = 核验之前，请通过您信任的渠道（当面，或拨打您原本就有的号码）与本人逐一核对指纹。在此之前，他们不会收到任何内容。
dash-pending-where = 请在管理页面核验，或在命令行中核验：
dash-instance = 本站
dash-instance-pin = 请在邮件客户端中，或用以下命令，把它设为本站唯一认可的签名密钥；用其他任何密钥签名的消息都不是从这里发出的。
dash-language = 语言
dash-language-label = 处理人员和管理页面的语言
dash-language-save = 保存
dash-language-saved = 您的页面语言已保存。
dash-password-change = 更改您的密码
dash-password-change-button = 更改密码
dash-password-sessions = 更改密码后，您的其他登录会话将结束。
dash-codes-left = { $number ->
   *[other] 剩余恢复码：{ $number } 个（共 10 个）。
}
dash-new-app = 换用新的验证器应用
dash-new-app-hint = 用于换新手机，且旧手机还在手上时。（如果手机丢了：请让管理员重置您的两步验证。）确认后，您的其他登录会话将结束。
dash-new-app-button = 设置新应用
dash-new-codes-hint = 十个新恢复码只显示一次；旧的将失效。您的其他登录会话将结束。
dash-sessions = 登录会话
dash-sessions-limits = 30 分钟无操作，或登录满 12 小时后，您会自动退出登录。
dash-logout-everywhere = 退出其他所有地方的登录
dash-logged-out-elsewhere = { $number ->
   *[other] 已退出其他所有地方的登录：结束了 { $number } 个其他登录会话。
}
dash-wrong-password = 您当前的密码不正确；没有做任何更改。
dash-passwords-differ = 两次输入的新密码不一致。
dash-password-refused = 请换一个密码：{ $why }。
dash-password-changed = { $number ->
   *[other] 密码已更改。结束了 { $number } 个其他登录会话。
}
dash-factor-old = 该设置页面已过期（或来自另一个登录会话）；没有做任何更改。请重新开始。
dash-factor-wrong-code = 验证码不正确。请检查手机时间是否准确，并输入新应用当前显示的验证码。
dash-factor-switched = { $number ->
   *[other] 新的验证器应用已启用；旧应用的验证码不再有效。结束了 { $number } 个其他登录会话。
}
dash-key-none = 您的账户没有登记密钥。
dash-key-choose = 请选择您的公钥文件，或粘贴密钥。
dash-key-updated = 您的密钥已更新；其他一切不变。
dash-key-updated-stop = 您的密钥已更新：{ $why }。今后不再有内容加密给它。
dash-key-new-pending = 您的新密钥 { $fingerprint } 待核验：在管理员与您核对其指纹并核验之前，您不会收到任何内容。
dash-key-unchanged = 您的密钥没有更改：{ $why }。

## Second factor

factor-title = 两步验证
factor-add = 把您的账户添加到新的验证器应用
factor-add-hint = 用新应用扫描二维码，或手动输入设置密钥。在您于此处确认新应用的验证码之前，旧应用仍然有效。
factor-code = 新应用当前显示的六位验证码
factor-switch = 换用新应用
factor-time = 此页面 15 分钟内有效。确认后，您的其他登录会话将结束。
factor-cancel = 取消，继续使用旧应用
factor-codes = 您的新恢复码
factor-codes-old = 您的旧恢复码已失效。
factor-codes-saved = 我已保存 — 返回控制台

## Setting up an account from an invitation

inv-title = 设置您的账户
inv-for = 账户：{ $email }
inv-step-password = 1. 设置密码
inv-password-hint = 至少 8 个字符，最多 128 个。几个互不相关的词比一串短而杂乱的字符更容易输入，也更难猜到。非常常见的密码会被拒绝。
inv-password-again = 再次输入同一密码
inv-continue = 继续
inv-step-totp = 2. 把此账户添加到您的验证器应用
inv-totp-hint = 用验证器应用（例如 Aegis、FreeOTP 或 Google Authenticator）扫描二维码，或手动输入设置密钥。每次登录都需要您的密码和应用中的验证码。
inv-totp-code = 应用当前显示的六位验证码
inv-confirm = 确认
inv-step-codes = 3. 您的恢复码
inv-codes-shown = 您的恢复码已经显示过一次。如果您没有保存，请生成新的恢复码（旧的将失效）。
inv-codes-saved = 我已保存 — 继续
inv-step-key = 4. 您的 OpenPGP 密钥
inv-key-registered = 管理员已经为您登记了这把密钥。请确认这个指纹就是您所持有密钥的指纹：
inv-key-not-yours = 如果不是您的密钥，请不要继续：告诉邀请您的管理员。
inv-key-mine = 这是我的密钥 — 完成
inv-key-needed = 发给 { $team } 的报告会用您的公钥加密，只有您能阅读。请上传公钥文件（.asc）或粘贴公钥。切勿上传您的私钥。
inv-key-admin = 作为管理员，您不会收到报告，所以不需要密钥。您现在就可以完成。
inv-name = 您的名字（同事们对您的称呼）
inv-key-upload = 上传我的密钥并完成
inv-finish = 完成
inv-ready = 您的账户已就绪
inv-your-key = 您的密钥：
inv-key-pending = 您的密钥待核验。在您收到任何报告之前，管理员会通过你们双方都信任的渠道（当面或通话）与您核对此指纹。请把它准备好。
inv-pin = 请把它记下来，并在邮件客户端中把它设为本站的签名密钥：用其他任何密钥签名的消息都不是从这里发出的。
inv-link-dead = 此邀请链接无效
inv-link-dead-body = 它已被使用、已被更新的链接取代，或已过期。请向邀请您的管理员索取新链接。
inv-passwords-differ = 两次输入的密码不一致。
inv-password-refused = 请换一个密码：{ $why }。
inv-wrong-code = 验证码不正确。请检查手机时间是否准确，并输入应用当前显示的验证码。
inv-name-needed = 请填写您的名字（最多 100 个字符，单行）。
inv-key-refused = 这把密钥无法使用：{ $why }。
inv-key-taken = 这把密钥已在本站登记。请让管理员把您的登录账户关联到它。

## Inbox

inbox-title = 收件箱
inbox-no-team = 您不属于任何团队，所以不会收到任何举报。管理员也只有作为举报所发往团队的成员，才能看到举报。
inbox-team = 团队
inbox-all-teams = 我的所有团队
inbox-any = 不限
inbox-urgent = 紧急
urgent = 紧急
inbox-urgent-only = 仅紧急
inbox-not-urgent = 不紧急
inbox-assigned = 负责人
inbox-anyone = 任何人
inbox-to-me = 我
inbox-to-nobody = 未分配
inbox-label = 标签
inbox-labels = 标签
inbox-order = 排序
inbox-newest = 最新在前
inbox-oldest = 最早在前
inbox-show = 显示
inbox-count = { $number ->
   *[other] { $number } 条举报
}
inbox-page = 第 { $page } 页，共 { $pages } 页
inbox-received = 接收时间
inbox-route = 分发规则
inbox-older = ← 较早
inbox-newer = ← 较新
inbox-older-next = 较早 →
inbox-newer-next = 较新 →

## A tip

tip-title = { $day } 的举报
tip-back = ← 收件箱
tip-received = 举报接收于 { $day }
tip-read = 阅读
tip-read-hint = 报告已加密；请在您自己的设备上用您的私钥打开。
tip-eml = 下载为电子邮件（.eml）
tip-eml-hint = 用 Thunderbird 或其他 OpenPGP 邮件客户端打开。
tip-asc = 下载加密消息（.asc）
tip-triage = 分类处理
tip-status-for = { $team } 的处理状态
tip-status-change = 更改状态
tip-assigned-to = 负责人
tip-nobody = 无人
tip-assign = 分配
tip-no-labels = 还没有标签。
tip-label-remove = 移除
tip-label-remove-named = 移除标签 { $label }
tip-label-new = 新标签
tip-label-add = 添加标签
tip-conversation = 与举报人的对话
tip-conversation-hint = 回复会用举报人的密钥和 { $team } 已核验的密钥加密；举报人在后续页面用自己的代号阅读。举报人补充的内容会送到这里（也会通过电子邮件发送）。下载后即可阅读。
tip-no-messages = 还没有消息。
tip-source-added = 举报人补充了信息
tip-reply-by = { $author } 的回复
tip-sealed-in-browser = 在浏览器中加密，未经本站签名：
tip-message-file = 消息（.asc）
tip-reply = 回复举报人
tip-reply-hint = 请用简单直白的话，一次只问一件事：举报人可能在被监视的手机上阅读。不要提及报告中未出现的其他机构或人员。
tip-reply-send = 发送回复（加密）
tip-no-source-key = 此举报没有举报人密钥：举报人无法收到回复。
tip-notes = 内部备注
tip-notes-hint = 备注在到达时即用 { $team } 已核验的密钥加密；服务器不保留可读的副本。下载后即可阅读。
tip-no-notes = 还没有备注。
tip-note-file = 备注（.asc）
tip-note-new = 新备注
tip-note-save = 保存备注（加密）
tip-status-impossible = 无法在此进行该状态更改。
tip-assign-member = 请把举报分配给团队的成员。
tip-label-length = 标签长度为 1 到 40 个字符。
tip-label-max = 每条举报最多 20 个标签。
tip-note-length = 备注长度为 1 到 20,000 个字符。
tip-note-no-key = 备注未保存：此团队没有可以接收它的已核验密钥。
tip-reply-length = 回复长度须为 1 到 20,000 个字符。
tip-reply-no-key = 此举报没有举报人密钥，所以任何回复都无法送达举报人。
tip-reply-refused = 回复被拒绝：{ $why }。

## The reader (decrypts in the browser)

reader-needs-js = 阅读器在此浏览器中解密举报，需要 JavaScript。没有 JavaScript 时，请在每条举报的页面下载它（.eml 或 .asc），然后在邮件客户端中打开，或使用“tipline open”打开。
reader-key-memory = 您的私钥只加载到此页面的内存中，永远不会离开此浏览器；关闭标签页即可清除。被入侵的服务器可能会发送窃取密钥的阅读器：如需最高安全性，请在您自己的电脑上用邮件客户端或“tipline open”阅读举报。
reader-secret-key = 您的私钥
reader-key-file = 私钥文件（.asc）
reader-key-paste = 或粘贴到这里
reader-passphrase = 密码短语
reader-keep = 在此浏览器中保存密钥（仍由其密码短语加密）
reader-kept = 此浏览器中保存了一把加密的密钥：字段留空即可使用它。
reader-forget = 清除
reader-load = 加载密钥并解密
reader-tips = 举报
reader-cap = { $number ->
   *[other] 已解密此视图中最近的 { $number } 条举报。
}
reader-filter = 在收件箱中更改筛选条件
reader-search = 搜索解密后的文本
reader-group = 按园区分组（同一国家内名称相同，或相距 1 公里以内）
reader-csv = 导出 CSV
reader-geojson = 导出 GeoJSON

## Admin: home

audit-title = 审计日志
audit-csv = 全部导出为 CSV
audit-day = 日期
audit-time = 时间 (UTC)
audit-who = 操作人
audit-what = 操作
audit-detail = 详情
adm-routing-link = 分发与团队
adm-changes-waiting = { $number ->
   *[other] 有 { $number } 项团队或分发规则的更改等待批准：
}
adm-see-them = 查看
adm-link-made = 链接已生成
adm-link-hint = 请通过您信任的渠道把此链接交给本人。它只能使用一次，72 小时内有效。它不会再次显示。
adm-waiting = 等待核验
adm-waiting-hint = { $number ->
   *[other] 在 { $number } 位管理员批准其密钥之前，处理人员不会收到任何内容。请逐一打开，并在批准前通过其他渠道与本人核对指纹。
}
adm-no-one-waiting = 没有人在等待。
adm-approved-by = 批准人
adm-responders = 处理人员
adm-no-responders = 还没有已核验的处理人员。
adm-key = 密钥
state-active = 已激活
state-invited = 已邀请
state-disabled = 已停用
state-suspended = 已暂停
state-vetted = 已核验
state-pending = 待核验
key-state-vetted = 已核验
key-state-pending = 待核验
key-state-expiring = 即将过期
key-state-expired = 已过期
key-state-revoked = 已吊销
key-state-unusable = 不可用
adm-alerts = 警报
adm-no-alerts = 没有未处理的警报。
adm-accounts = 账户
adm-role = 角色
adm-lost-phone = 手机丢了？
adm-reset-factor = 重置两步验证
adm-reset-hint = 重置会结束此人的登录会话，并向其发送一次性链接，用于登记新的验证器应用；该链接也会在此显示一次。操作前请确认提出请求的是谁。
adm-reset-hint-many = 重置会结束此人的登录会话，并向其发送一次性链接，用于登记新的验证器应用；该链接也会在此显示一次，但其他管理员的链接除外，只通过电子邮件发给本人。操作前请确认提出请求的是谁。
adm-invite = 邀请他人
adm-role-responder = 处理人员
adm-role-admin = 管理员
adm-invite-team = 团队（适用于带来新密钥的处理人员）
adm-invite-registered = 或为已登记的密钥创建登录账户（通过命令行）
adm-invite-button = 生成邀请链接
adm-invite-shell-key = 需要多人批准时，已登记密钥的登录账户须在命令行中创建（tipline admin invite --responder），这样任何管理员都无法让自己获得某个团队的报告。
adm-invite-shell-admin = 需要多人批准时，管理员须在命令行中邀请（tipline admin invite），这样任何管理员都无法自己凑出所需的批准票数。
adm-invite-failed = 未生成邀请：{ $why }。
adm-reset-failed = 没有重置任何内容：{ $why }。
adm-reset-mailed = { $email } 的两步验证已重置；登记链接只通过电子邮件发给了本人（需要多人批准时，其他管理员的链接绝不会在此显示）。
adm-reset-unmailed = { $email } 的两步验证已重置，但电子邮件未能发出。请在命令行中生成新链接：tipline admin reset-totp --email { $email }

## Admin: one responder (vetting)

vet-key-state = 密钥状态
vet-before = 批准之前：
vet-compare = 请通过其他渠道，把此指纹与本人读给您听的指纹逐组核对；所用渠道必须是您原本就信任的 — 当面，或拨打您之前就有的号码。切勿通过密钥送来的渠道核对。
vet-approvals = 批准：{ $number } / { $need }
vet-you-approved = 您已批准。还需要另一位管理员批准。
vet-approve = 我已核对指纹 — 批准
vet-no-team = 不属于任何团队：不会收到任何内容。
vet-take-out = 移出此团队
vet-add-to-team = 加入团队
waiting-approval = 等待批准
vet-approve-joining = 批准加入
vet-add = 添加
vet-joining-hint = 加入团队须经 { $number } 位管理员批准后才生效。
vet-suspension = 暂停
vet-suspended = 已暂停：不再有新内容加密给此处理人员。
vet-reinstate-needs = 与核验一样，恢复需要 { $number } 位管理员批准。
vet-approved-so-far = 目前已由 { $names } 批准。
vet-approve-reinstating = 批准恢复
vet-reinstate = 恢复
vet-suspend-hint = 被暂停的处理人员不会再收到新内容；已加密给他们的举报保持不变。
vet-suspend = 暂停
vet-remove-title = 移除
vet-remove-hint = 移除会结束其登录账户，并把其移出所有团队：不再有新内容加密给他们。已加密给他们的举报保持不变。此操作无法撤销；如只想暂时停止，请改用暂停。
vet-remove = 移除此处理人员
vet-done = 已核验：从现在起，报告会发送给此处理人员。
vet-already = 已经核验过。
vet-joined = 已加入：从现在起，他们会收到此团队的报告（核验后）。
vet-left = 已不在团队“{ $team }”中：该团队的新内容不会再发送给他们。
vet-not-yourself = 您不能移除自己：须由另一位管理员操作。
vet-reinstated = 已恢复：从现在起，报告会再次发送给此处理人员。
vet-not-suspended = 未被暂停：无需恢复。
vet-key-changed = 未批准：自您打开此页面后，密钥已更改。请核对现在显示的指纹。
vet-own-access = 您不能批准扩大您自己访问权限的更改（您的密钥、您的团队成员身份、您团队的分发规则）：须由另一位管理员批准。
vet-key-unusable = 未核验：该密钥无法使用（{ $why }）。
vet-recorded = 您的批准已记录（{ $number } / { $need }）。还需要另一位管理员批准。
vet-twice = 您已经批准过了（{ $number } / { $need }）。须由另一位管理员批准；同一个人不能计算两次。
vet-effect = 完成。
vet-nothing = 无需操作：此项已经生效。

## Admin: routing

route-new = 新建分发规则
route-back = ← 分发
route-title = 分发规则：{ $name }
route-default-hint = 这是默认分发规则：它接收所有其他分发规则都不接收的报告，因此没有条件，也无法删除。
route-countries = 园区所在国家（不勾选：不限）
route-reporters = 举报人身份（不勾选：不限）
route-danger = 有人处于紧急危险中
route-either = 不限
route-urgent-only = 仅紧急报告
route-not-urgent-only = 仅不紧急的报告
route-languages = 表单显示语言（不勾选：不限）
route-priority = 优先级（数字越小越先尝试；留空：排在其他规则之后）
route-teams = 接收的团队
route-no-teams = 还没有团队：请在分发页面添加。
route-teams-hint = 在此添加的团队须经 { $number } 位管理员批准后，才会接收此分发规则的报告（等待中的团队在分发页面批准）；移除的团队立即停止接收。更改分发规则的国家、举报人身份、紧急程度或语言后，其团队需要重新批准。
route-delete = 删除此分发规则
route-delete-hint = 已经按它分发的报告保留其团队和处理状态。
routes-title = 分发
routes-intro = 每份报告从上到下，进入第一条与之匹配的分发规则；留空的条件匹配任何内容，默认分发规则接收其他规则都不接收的报告。分发规则会送达其团队已核验的密钥 — NGO、大使馆和警察团队只有在举报人同意与其分享时才会收到。更改分发规则只影响新报告的去向。
routes-waiting = 等待批准
routes-waiting-hint = 这些更改须经 { $number } 位不同的管理员批准后才生效。
routes-change = 更改
routes-asked = 提出日期
routes-approve = 批准
routes-routes = 分发规则
routes-none = 没有分发规则：无法发送任何报告。请在命令行中添加默认分发规则：
routes-default = 默认
routes-priority = 优先级 { $number }
routes-no-team = 无
routes-up = 上移
routes-down = 下移
routes-add = 添加分发规则
routes-preview = 报告会发到哪里？
routes-country = 园区所在国家
routes-not-said = 未说明
routes-reporter = 举报人身份
routes-no = 否
routes-yes = 是
routes-language = 表单语言
routes-kind = 类型
routes-usable-keys = 可用密钥
routes-new-team = 新团队
kind-ngo = NGO
kind-embassy = 大使馆
kind-police = 警察
kind-operator = 运营方
kind-operator-long = 运营方（无论举报人是否同意，都会收到分发给它的每份报告）
routes-add-team = 添加团队
routes-another-country = 其他国家
routes-priority-number = 优先级必须是整数（数字越小越先尝试）。
routes-urgency-values = 紧急程度只能是“不限”、“是”或“否”。
routes-saved = 分发规则已保存。
routes-team-off = 团队 { $team } 不再接收它。
routes-criteria-changed = 条件已更改，因此须有足够的管理员批准后，其团队才会重新接收。
routes-team-on = 团队 { $team } 会接收它。
routes-default-kept = 默认分发规则无法删除：每份报告都需要有去处。请改为编辑它的团队。
routes-deleted = 分发规则“{ $name }”已删除。已经按它分发的举报保留其团队。
routes-default-last = 默认分发规则总是最后尝试。
routes-at-end = 没有移动：它已经在最顶端或最底端。
routes-order-saved = 顺序已保存。
routes-approved = 已批准：更改已生效。
routes-team-exists = 名为“{ $name }”的团队已存在。
routes-team-added = 团队“{ $name }”已添加。请在管理页面邀请其处理人员，然后把它绑定到分发规则。
sessions-ended = { $number ->
   *[other] 结束了 { $number } 个其他登录会话。
}
adm-link-mailed = 也已通过电子邮件发送至 { $email }
adm-link-unmailed = 电子邮件未能发出：请您亲自转交此链接
login-store-failed = 暂时无法登录：数据库拒绝了更改（事件编号 { $incident }）。没有保存任何内容。请过几分钟再试。
store-failed = 没有保存任何内容：数据库拒绝了更改（事件编号 { $incident }）。您输入的内容仍在下方；请过几分钟再试。
tip-reply-no-team-key = { $team } 没有持有可用密钥的已核验处理人员：团队将无法阅读回复。没有发送任何内容。
status-new = 新
status-triaging = 处理中
status-verified = 已核实
status-referred = 已转介
status-closed = 已关闭
reporter-inside = 目前在园区内
reporter-escaped = 已逃出或已获释
reporter-family = 家人或朋友
reporter-other = 其他
crit-default = 所有其他分发规则都不接收的报告
crit-any = 不限
crit-text = 国家：{ $countries }；举报人身份：{ $reporters }；紧急：{ $urgent }；语言：{ $languages }
warn-fallback-default = 到达这里的报告无法发送：举报人会被要求稍后再试
warn-fallback = 其报告会改为进入默认分发规则
warn-no-team = 还没有团队接收此分发规则：{ $fallback }。
warn-no-key = 此分发规则没有送达任何已核验的有效密钥：{ $fallback }。
warn-consent = 只有同意与这些类型机构分享的举报人，其报告才会送达此分发规则的团队；没有这种同意时，{ $fallback }。
preview-consent-all = 如果举报人同意与 NGO、大使馆和警察分享
preview-consent-none = 如果举报人一个都不同意分享
preview-keys = { $number ->
   *[other] { $number } 把密钥
}
preview-via = 分发规则“{ $route }”
preview-via-fallback = 分发规则“{ $route }”（分发规则“{ $from }”匹配，但没有送达任何人）
preview-no-key = 分发规则“{ $route }”和默认分发规则都没有送达任何可用密钥
preview-no-route = 没有分发规则
preview-nobody = 无人 — { $why }；举报人会被要求稍后再试。
preview-asked = 一份报告（国家：{ $country }；举报人身份：{ $reporter }；{ $urgent }；语言：{ $language }）会送达：
preview-no-country = 未说明
preview-no-role = 未说明身份
pending-join = { $person } 加入团队{ $team }
pending-route = 团队{ $team }接收分发规则“{ $route }”
preview-urgent = 紧急
preview-not-urgent = 不紧急
routes-team-keys = { $number ->
   *[other] { $number } 个可用密钥
}

# draft: files block, not yet checked by a native speaker
## Files sent with a tip
tip-files-title = 随此举报发送的文件（{ $count }）
tip-files-hint = 每个文件都与报告分开加密，用同一把密钥打开。报告（或随文件一起发来的补充内容）列出了每个文件的名称、类型、大小、SHA-256，以及 Tipline 是否删除了其中的位置和相机信息。请用 tipline open、GnuPG、sq 或 RNP 打开下载的文件。文件里可能有任何内容：请在您信任的电脑上打开，如果可以，请断开网络。
tip-file-download = 下载文件 { $number }（已加密，{ $size }）
