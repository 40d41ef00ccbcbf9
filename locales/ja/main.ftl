## Tipline source pages — 日本語 (Japanese)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = 通報, codename = 合言葉, compound = 拠点（詐欺の拠点）, organisation = 団体, encrypted = 暗号化, private window = シークレットウィンドウ, Leave now = 今すぐ離れる, form = フォーム, phone = スマホ, site = サイト, replies = 返信

site-name = Tipline
skip-to-form = フォームへ進む
demo-banner = DEMO（試験用）— 試すためだけのものです。ここでの通報は暗号化されますが、解くための鍵は公開されていて、誰でも読めます。本当の通報は送らないでください。
language-label = 言語

## 通報フォーム (The report form)
form-title = 詐欺の拠点や行方不明の人について通報する
form-intro = このフォームは匿名です。どこから接続したか、どのスマホやブラウザを使ったかは記録しません。書いた内容は保存される前に暗号化されるので、送り先の団体だけが読めます。どの欄も空けたままで構いませんが、拠点がどこにあるか、または何があったかを教えてください。
form-safety = 他の人にスマホを見られるおそれがあるなら、シークレットウィンドウを使い、終わったら閉じてください。キーボードが、入力した言葉を覚えていることがあります。
form-operator-always = このサービスを運営する団体は、必ずあなたの通報を受け取ります。ほかの人にも渡してよいかは、下で選べます。
form-errors-title = フォームを確認してください
form-error-where-or-what = 拠点がどこにあるか（国、町、拠点の名前）、または何があったか（詳しい内容）を教えてください。

section-you = あなたについて
role-label = あなたはどれに当てはまりますか？
role-inside = 今、拠点の中にいます
role-escaped = 拠点から逃げた、または解放されました
role-family = 閉じ込められている人の家族か友人です
role-other = その他

danger-label = 今すぐ危険な状態の人はいますか？
danger-yes = はい
danger-no = いいえ
danger-unsure = わからない
danger-help-title = 今、危険ですか？ どうすればいいか
danger-help-intro = できるなら、今すぐ助けを呼んでください。拠点の近くの地元警察は、拠点の持ち主とつながっていることがあります。自分の国の大使館のほうが安全なことが多いです。必要になる前に、番号を保存しておいてください。
danger-help-embassy = 自分の国の大使館か領事館に連絡してください。パスポートがなくても、外国で閉じ込められている人を助けてくれます。

section-where = 拠点はどこにありますか？
country-label = 国
country-choose = 国を選んでください
country-other-label = その他の国
country-OTHER = その他
area-label = 町や地域
area-hint = 例：シュエコッコ（Shwe Kokko）、KKパーク（KK Park）、ミャワディ（Myawaddy）、シアヌークビル（Sihanoukville）、ポイペト（Poipet）、ゴールデン・トライアングル経済特区（Golden Triangle SEZ）
compound-label = 拠点や会社の名前
building-label = 建物
building-hint = 建物の番号、色、階、近くに見えるもの
location-label = 座標または地図のリンク
location-hint = 例：16.6870, 98.5085 または地図のリンク。読み取るのは数字だけで、リンクを開くことはありません。

section-held = そこに閉じ込められている人たち
held-count-label = 何人くらい閉じ込められていますか？
held-nationalities-label = その人たちの国籍

section-people = 危険な状態の人
people-intro = 心配な人について、一人ずつ教えてください。必要なだけ追加できます。
person-heading = { $number }人目
person-name-label = 名前
person-age-label = 年齢
person-nationality-label = 国籍
person-nationality-other-label = その他の国籍
person-contact-label = 電話番号またはメッセージアプリのアカウント
person-last-contact-label = 最後に連絡がとれた日
add-person = もう一人追加する

section-recruitment = どうやって誘われましたか？
recruit-platform-label = 仕事をどこで見つけましたか？（アプリ、ウェブサイト、SNS）
recruit-ad-label = 求人では何を約束されましたか？
recruit-agent-label = 仲介者や勧誘した人（名前、電話番号、アカウント）
passports-label = パスポートを取り上げられましたか？
passports-yes = はい
passports-no = いいえ
passports-unknown = わからない

section-details = 何がありましたか？
details-label = 詳しい内容
details-hint = 役に立ちそうなことなら何でも：見たこと、起きたこと、日付、名前、人々がどう扱われているか。

section-contact = あなたへの連絡
contact-method-label = 安全に連絡できる方法（あれば）
contact-method-hint = 連絡されると危ない場合は、空けたままにしてください。
contact-time-label = いつなら安全に連絡できますか？

section-consent = 誰があなたの通報を受け取ってよいですか？
consent-intro = 同意するものだけにチェックしてください。何もチェックしなければ、このサービスを運営する団体だけが通報を受け取ります。
consent-ngo = ほかの支援団体（NGO）が私の通報を受け取ってよい
consent-embassy = 大使館が私の通報を受け取ってよい
consent-police = 警察が私の通報を受け取ってよい

submit = 通報を安全に送る
chars-max = { $max }文字まで。

## 入力エラー (Field errors — never repeat what was typed)
error-too-long = 長すぎます：{ $max }文字までです。
error-choice = どれか一つを選んでください。
error-number = 数字を入力してください。

## 受付完了 (Receipt)
receipt-title = 通報を受け付けました
receipt-intro = ありがとうございます。あなたの通報は暗号化して保存され、あなたが選んだ団体に送られます。
receipt-codename-title = あなたの合言葉
receipt-codename-intro = 合言葉が表示されるのは今回だけです。これがあれば、あとで戻ってきて返信を読んだり、情報を追加したりできます。
receipt-keep-safe-title = 大切に守ってください
receipt-keep-1 = 暗記するか、誰にも見られない場所に書いておいてください。スクリーンショットは撮らないでください。
receipt-keep-2 = 合言葉を知っている人は誰でも、あなたの通報への返信を読めます。
receipt-keep-3 = 合言葉をなくしても、私たちは取り戻せません。一度も保存していないからです。
receipt-keyboard = スマホのキーボードが、入力した言葉をまだ覚えているかもしれません。スマホを見られるおそれがあるなら、キーボードが覚えた言葉を消して、このウィンドウを閉じてください。
receipt-urgent-title = 今、誰かが危険な状態なら
receipt-new-report = もう一つ通報を送る

## その他のページ (Other pages)
already-title = あなたの通報はすでに受け付けています
already-body = このフォームはすでに送られているので、二重には保存していません。何か付け加えたいときは、新しい通報を送ってください。
busy-title = 混み合っています — 数分後にもう一度試してください
busy-body = 今、たくさんの通報が届いています。送った内容は何も保存されていません。数分後に前の画面に戻って、もう一度フォームを送ってください。入力した内容はフォームに残っているはずです。
unavailable-title = 今は通報を受け付けられません
unavailable-body = 何も保存されていません。あとでもう一度試すか、信頼できる団体や自分の国の大使館に直接連絡してください。
store-failed-title = 通報を保存できませんでした
store-failed-body = こちら側で問題が起き、送った内容は何も保存されていません。入力した内容は下のフォームに残っています。数分後にもう一度送ってください。何度も起きるときは、このコードを伝えてください：{ $incident }
bad-request-title = フォームを読み取れませんでした
bad-request-body = 前の画面に戻って、もう一度フォームを送ってください。
forbidden-title = このフォームは期限切れか、別のサイトから送られました
forbidden-body = 何も保存されていません。もう一度フォームを開いて、そこから送ってください。
too-large-title = 通報が大きすぎます
too-large-body = 何も保存されていません。文章を短くして、もう一度試してください。
not-found-title = ページが見つかりません
not-found-body = このアドレスには何もありません。
internal-title = 問題が起きました
internal-body = 送った内容は、あなたの側では失われていません。もう一度試してください。何度も起きるときは、このコードを伝えてください：{ $incident }
back-to-form = フォームに戻る

## 緊急連絡先 (Emergency numbers, shown for the chosen country)
emergency-MM = ミャンマー：警察 199、救急車 192
emergency-KH = カンボジア：警察 117、救急車 119
emergency-LA = ラオス：警察 191、救急車 195
emergency-TH = タイ：警察 191、観光警察 1155、救急車 1669
emergency-PH = フィリピン：緊急番号 911
emergency-MY = マレーシア：緊急番号 999（携帯電話からは 112）
emergency-ID = インドネシア：緊急番号 112、警察 110
emergency-VN = ベトナム：警察 113、救急車 115
emergency-AE = アラブ首長国連邦：警察 999、救急車 998

## 返信と追加 (Follow-up: a source comes back with their codename)
followup-title = 返信と追加の情報
followup-open-title = 合言葉を入力してください
followup-read-again = 返信をもう一度読む
followup-intro = 通報を送ったときにもらった合言葉を入力してください。大文字・小文字、余分なスペース、ハイフン（-）は気にしなくて大丈夫です。
followup-codename-label = あなたの合言葉
followup-open = 開く
followup-not-recognised = その合言葉は見つかりませんでした。言葉を確かめて、もう一度試してください。
followup-replies-title = あなたの通報への返信
followup-no-replies = まだ返信はありません。あとでまた来てください。
followup-replies-once = 返信が表示されるのは今だけです。もう一度読むには、合言葉をもう一度入力してください。
followup-add-title = 情報を追加する、または通報を直す
followup-add-intro = ここに書いた内容は暗号化され、あなたの通報と同じ団体に送られます。
followup-add-label = 追加したいこと
followup-add-submit = 安全に送る
followup-added = ありがとうございます。追加した内容を受け付けました。あなたの通報と同じ団体に届きます。
# draft: followup files, not yet checked by a native speaker
followup-add-empty = 追加する内容を書くか、ファイルを選んでください（20,000文字まで）。
followup-files-added = { $count ->
   *[other] ファイル{ $count }個も受け付けました。
}
followup-add-unavailable = 今は送れません。あとでもう一度試してください。書いた内容は失われていません。
followup-store-failed = こちら側で問題が起き、何も保存されていません。書いた内容は下に残っています。数分後にもう一度試してください。
followup-logout = ログアウト
followup-logged-out = ログアウトしました。このウィンドウを閉じてください。
followup-session-note = 15分間何もしないと、自動でログアウトします。終わったらログアウトしてください。ほかの人と共用しているスマホでは特に大切です。
followup-session-ended = 接続が終わりました。もう一度合言葉を入力してください。
followup-kept-label = 追加しようとしていた内容をここに残しています：合言葉を入力して「開く」を押し、それから「安全に送る」を押してください
followup-busy = 今、合言葉の入力がとても多くなっています。数分待ってから、もう一度試してください。
followup-add-later = 今日この通報に追加できる量はいっぱいになりました。明日もう一度試してください。書いた内容は失われていません。
receipt-followup = 合言葉を使って返信のページに戻ると、返信を読んだり情報を追加したりできます：
receipt-followup-link = 返信を読む・情報を追加する

## すぐに離れる・スマホの安全 (Quick exit and device safety — on every source page)
leave-now = 今すぐ離れる
leave-now-title = このサイトからすぐに離れて、ふつうのページを開きます
safety-link = スマホを守るために
safety-title = スマホを守るために
safety-intro = 誰かにスマホを見られるおそれがあるなら、このサイトを使った跡を見つけられるかもしれません。何が見つかるか、どう消すかを説明します。1分で終わります。
safety-history-title = ブラウザの履歴
safety-history-body = ブラウザは開いたページを覚えています。シークレットウィンドウ（プライベートブラウズとも呼ばれます）か Tor Browser を使い、終わったら閉じてください。ふつうのウィンドウを使ったときは、履歴からこのサイトを消してください。
safety-kept-title = シークレットウィンドウでも残るもの
safety-kept-body = ウィンドウを開いている間は、戻るボタンでフォームや受付完了の画面がまた表示されることがあります。終わったらウィンドウを閉じてください。入力した内容は履歴に保存されませんが、ふつうのウィンドウではページのアドレスが残ることがあります。
safety-keyboard-title = キーボード
safety-keyboard-body = キーボードは入力した言葉を覚えて、あとで候補として出すことがあります。キーボードの設定で覚えた言葉（学習した言葉）を消すか、入力する前に予測変換をオフにしてください。
safety-downloads-title = ダウンロードとスクリーンショット
safety-downloads-body = これらのページのスクリーンショットを撮ったり、ダウンロードしたりしないでください。してしまったときは削除して、「最近削除した項目」やゴミ箱も空にしてください。
safety-notifications-title = 通知
safety-notifications-body = このサイトが通知を送ることはありません。連絡方法を書いた場合、団体からのメッセージが画面に表示されることがあります。自分だけが見られる連絡先を書いてください。
safety-private-title = シークレットウィンドウか Tor Browser
safety-private-body = シークレットウィンドウは、閉じると開いたページを忘れます。Tor Browser は、どのサイトを開いているかを携帯電話会社やネットワークからも隠します。このサイトはどちらでも使え、JavaScript をオフにしていても使えます。
safety-codename-title = あなたの合言葉
safety-codename-body = 守るべきものは合言葉だけです。暗記するか、誰も見ない場所に書いておいてください。合言葉を知っている人は誰でも、あなたの通報への返信を読めます。
safety-leave = どのページでもいちばん上にある「今すぐ離れる」のリンクを押すと、すぐにふつうのページが開きます。

# draft: files block, not yet checked by a native speaker
## 通報といっしょに送るファイル (Files sent with a report)
section-files = 写真・スクリーンショット・ファイル
files-label = ファイルを追加（複数選べます）
files-hint = たとえば、その場所の写真、求人やチャットのスクリーンショット、ボイスメッセージ、書類など。ファイルは{ $count }個まで、合計{ $size }までです。
files-metadata = 写真には、撮った場所と時間、どのスマホで撮ったかが記録されていることがあります。拠点を見つける手がかりになる一方で、あなたにたどり着く手がかりにもなりえます。
photo-data-legend = 写真の中の位置情報とカメラ情報
photo-data-remove = 消す（あなたにとってより安全です）
photo-data-keep = 残す（写真を撮った場所や、どのスマホで撮ったかがわかることがあります）
photo-data-formats = Tiplineは、JPEG、PNG、WebP、HEICの写真から、見た目を変えずにこの情報を消します。ほかのファイル（動画、ボイスメッセージ、書類）は、送られたままの形で保存されます。あなたが誰かわかってしまいそうなファイルは入れないでください。
files-again = フォームが質問といっしょに戻ってきたときは、ファイルをもう一度選んでください。ファイルは通報を送ったときにはじめて保存されます。
error-file-too-large = ファイル「{ $name }」が{ $size }を超えています。何も送られていません。このファイルを外すか、もっと小さいファイルにしてから、もう一度ファイルを選んでください。
error-files-too-large = ファイルの合計が{ $size }を超えています。何も送られていません。いくつか外してから、もう一度ファイルを選んでください。
error-too-many-files = { $count }個より多くのファイルが選ばれています。何も送られていません。{ $count }個までにしてください。
error-file-empty = ファイル「{ $name }」は空です。まだスマホに保存されていないのかもしれません。何も送られていません。もう一度選ぶか、外してください。
files-choose-again = ファイルをもう一度選んでください。ファイルは保存されていません。
receipt-files = { $count ->
   *[other] 通報といっしょに、ファイル{ $count }個を受け付けました。
}
