## Tipline source pages — Bahasa Melayu (Malay)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = laporan (verb: melaporkan), codename = nama kod, compound = pusat penipuan, organisation = pertubuhan, encrypted = disulitkan, private window = tetingkap peribadi, Leave now = Keluar sekarang, log out = Log keluar, reply = balasan, held = dikurung, keyboard = papan kekunci, browser = pelayar, link = pautan, site = laman

site-name = Tipline
skip-to-form = Terus ke borang
demo-banner = VERSI DEMO — untuk percubaan sahaja. Laporan di sini disulitkan dengan kunci percubaan yang rahsianya diketahui umum. Jangan hantar laporan sebenar.
language-label = Bahasa

## The report form (Borang laporan)
form-title = Laporkan pusat penipuan atau orang hilang
form-intro = Borang ini tanpa nama. Kami tidak merekod alamat, peranti atau pelayar anda. Apa yang anda tulis disulitkan sebelum disimpan, jadi hanya pertubuhan yang menerimanya boleh membacanya. Semua ruangan tidak wajib diisi, tetapi sila beritahu kami di mana pusat penipuan itu atau apa yang berlaku.
form-safety = Jika telefon anda diperiksa oleh orang lain, gunakan tetingkap peribadi dan tutupnya apabila selesai. Papan kekunci anda mungkin mengingati perkataan yang anda taip.
form-operator-always = Pertubuhan yang mengendalikan perkhidmatan ini sentiasa menerima laporan anda. Di bawah, anda pilih sama ada laporan anda boleh juga dikongsi dengan pihak lain.
form-errors-title = Sila semak borang ini
form-error-where-or-what = Sila beritahu kami di mana pusat penipuan itu (negara, bandar atau nama pusat) atau apa yang berlaku (butiran).

section-you = Tentang anda
role-label = Siapakah anda?
role-inside = Saya sedang berada di dalam pusat penipuan
role-escaped = Saya telah melarikan diri atau dibebaskan dari pusat penipuan
role-family = Saya ahli keluarga atau kawan kepada orang yang dikurung
role-other = Lain-lain

danger-label = Adakah sesiapa dalam bahaya sekarang?
danger-yes = Ya
danger-no = Tidak
danger-unsure = Saya tidak tahu
danger-help-title = Dalam bahaya sekarang? Apa yang perlu dibuat
danger-help-intro = Jika boleh, minta bantuan sekarang. Polis tempatan berhampiran sesetengah pusat penipuan mungkin bersubahat dengan pemilik pusat itu; kedutaan negara anda selalunya lebih selamat. Simpan nombor-nombor ini sebelum anda memerlukannya.
danger-help-embassy = Hubungi kedutaan atau konsulat negara anda sendiri: mereka boleh membantu orang yang dikurung di luar negara, walaupun tanpa pasport.

section-where = Di manakah pusat penipuan itu?
country-label = Negara
country-choose = Pilih negara
country-other-label = Negara lain
area-label = Bandar atau kawasan
area-hint = Contohnya: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ
compound-label = Nama pusat atau nama syarikat
building-label = Bangunan
building-hint = Nombor bangunan, warna, tingkat, apa yang anda nampak berdekatan
location-label = Koordinat atau pautan peta
location-hint = Contohnya 16.6870, 98.5085 atau pautan peta. Kami hanya membaca nombornya; kami tidak pernah membuka pautan itu.

section-held = Orang yang dikurung di sana
held-count-label = Kira-kira berapa ramai orang yang dikurung?
held-nationalities-label = Kewarganegaraan mereka

section-people = Orang yang dalam bahaya
people-intro = Ceritakan kepada kami tentang setiap orang yang anda risaukan. Tambah seberapa ramai yang perlu.
person-heading = Orang ke-{ $number }
person-name-label = Nama
person-age-label = Umur
person-nationality-label = Kewarganegaraan
person-nationality-other-label = Kewarganegaraan lain
person-contact-label = Nombor telefon atau akaun aplikasi mesej
person-last-contact-label = Kali terakhir berhubung (tarikh)
add-person = Tambah seorang lagi

section-recruitment = Bagaimanakah mereka diambil bekerja?
recruit-platform-label = Di mana mereka jumpa kerja itu? (aplikasi, laman web, media sosial)
recruit-ad-label = Apa yang dijanjikan dalam tawaran kerja itu?
recruit-agent-label = Ejen atau perekrut (nama, nombor telefon, akaun)
passports-label = Adakah pasport mereka dirampas?
passports-yes = Ya
passports-no = Tidak
passports-unknown = Saya tidak tahu

section-details = Apa yang berlaku?
details-label = Butiran
details-hint = Apa sahaja yang boleh membantu: apa yang anda lihat, apa yang berlaku, tarikh, nama, bagaimana orang di sana dilayan.

section-contact = Menghubungi anda
contact-method-label = Cara yang selamat untuk menghubungi anda, jika ada
contact-method-hint = Biarkan kosong jika tidak selamat untuk menghubungi anda.
contact-time-label = Bilakah selamat untuk menghubungi anda?

section-consent = Siapakah yang boleh menerima laporan anda?
consent-intro = Tandakan hanya apa yang anda setuju. Jika anda tidak menanda apa-apa, hanya pertubuhan yang mengendalikan perkhidmatan ini yang menerima laporan itu.
consent-ngo = Pertubuhan bantuan lain (badan bukan kerajaan) boleh menerima laporan saya
consent-embassy = Kedutaan boleh menerima laporan saya
consent-police = Polis boleh menerima laporan saya

submit = Hantar laporan dengan selamat
chars-max = Paling banyak { $max } aksara.

## Field errors (never repeat what was typed) (Ralat ruangan)
error-too-long = Terlalu panjang: paling banyak { $max } aksara.
error-choice = Sila pilih satu daripada pilihan ini.
error-number = Sila masukkan nombor.

## Receipt (Resit)
receipt-title = Laporan anda telah diterima
receipt-intro = Terima kasih. Laporan anda disimpan dalam bentuk yang disulitkan dan akan dihantar kepada pertubuhan yang anda pilih.
receipt-codename-title = Nama kod anda
receipt-codename-intro = Ini satu-satunya kali anda akan melihatnya. Dengan nama kod ini, anda boleh kembali kemudian untuk membaca balasan dan menambah maklumat.
receipt-keep-safe-title = Simpan dengan selamat
receipt-keep-1 = Hafalkannya, atau tulis di tempat yang tiada sesiapa akan periksa. Jangan ambil tangkapan skrin.
receipt-keep-2 = Sesiapa yang ada nama kod ini boleh membaca balasan kepada laporan anda.
receipt-keep-3 = Kami tidak dapat mendapatkan semula nama kod yang hilang: kami tidak pernah menyimpannya.
receipt-keyboard = Papan kekunci telefon anda mungkin masih mengingati perkataan yang anda taip. Jika telefon anda mungkin diperiksa, padamkan perkataan yang dipelajari oleh papan kekunci dan tutup tetingkap ini.
receipt-urgent-title = Jika seseorang dalam bahaya sekarang
receipt-new-report = Hantar laporan lain

## Other pages (Halaman lain)
already-title = Laporan anda sudah pun diterima
already-body = Borang ini sudah dihantar, jadi kami tidak menyimpannya dua kali. Jika anda mahu menambah sesuatu, hantar laporan baharu.
busy-title = Sibuk — sila cuba lagi dalam beberapa minit
busy-body = Banyak laporan sedang masuk sekarang. Tiada apa-apa yang anda hantar telah disimpan. Sila kembali dan hantar borang itu semula dalam beberapa minit; apa yang anda taip sepatutnya masih ada dalam borang.
unavailable-title = Laporan tidak dapat diterima sekarang
unavailable-body = Tiada apa-apa yang disimpan. Sila cuba lagi nanti, atau hubungi terus pertubuhan yang anda percayai atau kedutaan anda.
store-failed-title = Laporan anda tidak dapat disimpan
store-failed-body = Ada masalah di pihak kami, dan tiada apa-apa yang anda hantar disimpan. Apa yang anda taip masih ada dalam borang di bawah: sila hantar semula dalam beberapa minit. Jika ia terus berlaku, sebutkan kod ini: { $incident }
bad-request-title = Borang tidak dapat dibaca
bad-request-body = Sila kembali dan hantar borang itu semula.
forbidden-title = Borang ini sudah tamat tempoh atau datang dari laman lain
forbidden-body = Tiada apa-apa yang disimpan. Sila buka borang itu semula dan hantar dari situ.
too-large-title = Laporan ini terlalu besar
too-large-body = Tiada apa-apa yang disimpan. Sila pendekkan teks dan cuba lagi.
not-found-title = Halaman tidak dijumpai
not-found-body = Tiada apa-apa di alamat ini.
internal-title = Ada sesuatu yang tidak kena
internal-body = Apa yang anda hantar tidak hilang di pihak anda; sila cuba lagi. Jika ia terus berlaku, sebutkan kod ini: { $incident }
back-to-form = Kembali ke borang

## Countries: their names come from CLDR (countries.ftl, generated); only "Other" is written here (Negara: nama negara diambil daripada CLDR; di sini hanya "Lain-lain")
country-OTHER = Lain-lain

## Emergency numbers, shown for the chosen country (Nombor kecemasan)
emergency-MM = Myanmar: polis 199, ambulans 192
emergency-KH = Kemboja: polis 117, ambulans 119
emergency-LA = Laos: polis 191, ambulans 195
emergency-TH = Thailand: polis 191, polis pelancong 1155, ambulans 1669
emergency-PH = Filipina: kecemasan 911
emergency-MY = Malaysia: kecemasan 999 (112 dari telefon bimbit)
emergency-ID = Indonesia: kecemasan 112, polis 110
emergency-VN = Vietnam: polis 113, ambulans 115
emergency-AE = Emiriah Arab Bersatu: polis 999, ambulans 998

## Follow-up: a source comes back with their codename (Susulan: pelapor kembali dengan nama kodnya)
followup-title = Balasan dan maklumat tambahan
followup-open-title = Masukkan nama kod anda
followup-read-again = Baca balasan sekali lagi
followup-intro = Taip nama kod yang anda terima semasa menghantar laporan. Huruf besar, ruang kosong berlebihan dan tanda sempang tidak menjadi masalah.
followup-codename-label = Nama kod anda
followup-open = Buka
followup-not-recognised = Nama kod itu tidak dikenali. Semak perkataannya dan cuba lagi.
followup-replies-title = Balasan kepada laporan anda
followup-no-replies = Belum ada balasan. Datang semula nanti.
followup-replies-once = Balasan hanya ditunjukkan sekarang; untuk membacanya lagi, masukkan nama kod anda semula.
followup-add-title = Tambah maklumat atau betulkan laporan anda
followup-add-intro = Apa yang anda tulis di sini disulitkan dan dihantar kepada pertubuhan yang sama seperti laporan anda.
followup-add-label = Apa yang anda mahu tambah
followup-add-submit = Hantar dengan selamat
followup-added = Terima kasih. Tambahan anda telah diterima dan akan sampai kepada pertubuhan yang sama seperti laporan anda.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Tulis sesuatu untuk ditambah, atau pilih fail (paling banyak 20,000 aksara).
followup-files-added = { $count ->
   *[other] { $count } fail anda juga telah ditambah.
}
followup-add-unavailable = Ini tidak dapat dihantar sekarang. Cuba lagi nanti; apa yang anda tulis tidak hilang.
followup-store-failed = Ada masalah di pihak kami, dan tiada apa-apa yang disimpan. Apa yang anda tulis masih ada di bawah: sila cuba lagi dalam beberapa minit.
followup-logout = Log keluar
followup-logged-out = Anda telah log keluar. Tutup tetingkap ini.
followup-session-note = Anda akan dilog keluar selepas 15 minit tanpa aktiviti. Log keluar apabila selesai, terutamanya pada telefon yang dikongsi.
followup-session-ended = Sesi anda telah tamat. Masukkan nama kod anda semula.
followup-kept-label = Apa yang anda sedang tambah, disimpan di sini: masukkan nama kod anda dan tekan "Buka", kemudian tekan "Hantar dengan selamat"
followup-busy = Terlalu banyak nama kod sedang dicuba sekarang. Tunggu beberapa minit dan cuba lagi.
followup-add-later = Sudah cukup banyak yang ditambah kepada laporan ini untuk hari ini. Cuba lagi esok; apa yang anda tulis tidak hilang.
receipt-followup = Kembali ke halaman susulan dengan nama kod anda untuk membaca balasan dan menambah maklumat:
receipt-followup-link = baca balasan dan tambah maklumat

## Quick exit and device safety (on every source page) (Keluar segera dan keselamatan telefon)
leave-now = Keluar sekarang
leave-now-title = Tinggalkan laman ini dengan segera dan buka halaman biasa
safety-link = Pastikan telefon anda selamat
safety-title = Pastikan telefon anda selamat
safety-intro = Jika ada orang yang mungkin memeriksa telefon anda, mereka boleh menjumpai tanda bahawa anda menggunakan laman ini. Inilah apa yang mereka boleh jumpa dan cara untuk memadamnya. Ia hanya mengambil masa seminit.
safety-history-title = Sejarah pelayar
safety-history-body = Pelayar anda mengingati halaman yang anda buka. Gunakan tetingkap peribadi (juga dipanggil inkognito) atau Tor Browser, dan tutupnya apabila selesai. Jika anda menggunakan tetingkap biasa, padamkan laman ini daripada sejarah.
safety-kept-title = Apa yang masih tinggal walaupun dalam tetingkap peribadi
safety-kept-body = Selagi tetingkap masih terbuka, butang kembali boleh menunjukkan borang dan resit itu semula. Tutup tetingkap apabila selesai. Apa yang anda taip tidak disimpan dalam sejarah, tetapi tetingkap biasa mungkin menyimpan alamat halaman.
safety-keyboard-title = Papan kekunci
safety-keyboard-body = Papan kekunci anda mungkin mempelajari perkataan yang anda taip dan mencadangkannya kemudian. Dalam tetapan papan kekunci, padamkan perkataan yang dipelajari, atau matikan cadangan sebelum anda menaip.
safety-downloads-title = Muat turun dan tangkapan skrin
safety-downloads-body = Jangan ambil tangkapan skrin halaman-halaman ini atau memuat turunnya. Jika anda sudah berbuat begitu, padamkannya, kemudian kosongkan juga folder "Dipadam Baru-baru Ini" atau tong sampah.
safety-notifications-title = Pemberitahuan
safety-notifications-body = Laman ini tidak pernah menghantar pemberitahuan. Jika anda memberi cara untuk menghubungi anda, mesej daripada sesebuah pertubuhan mungkin muncul pada skrin anda: berikan cara hubungan yang hanya anda boleh lihat.
safety-private-title = Tetingkap peribadi atau Tor Browser
safety-private-body = Tetingkap peribadi melupakan halaman apabila anda menutupnya. Tor Browser juga menyembunyikan laman yang anda buka daripada syarikat telefon dan rangkaian. Laman ini berfungsi dalam kedua-duanya, walaupun JavaScript dimatikan.
safety-codename-title = Nama kod anda
safety-codename-body = Nama kod ialah satu-satunya perkara yang perlu disimpan. Hafalkannya, atau tulis di tempat yang tiada sesiapa akan lihat. Sesiapa yang memilikinya boleh membaca balasan kepada laporan anda.
safety-leave = Pautan "Keluar sekarang" di bahagian atas setiap halaman terus membuka halaman biasa.

# draft: files block, not yet checked by a native speaker
## Fail yang dihantar bersama laporan (Files sent with a report)
section-files = Foto, tangkapan skrin dan fail
files-label = Tambah fail (anda boleh pilih beberapa)
files-hint = Contohnya foto tempat itu, tangkapan skrin tawaran kerja atau perbualan, pesanan suara, dokumen. Paling banyak { $count } fail, dengan jumlah saiz paling besar { $size }.
files-metadata = Foto boleh menyimpan di mana dan bila ia diambil, serta telefon mana yang mengambilnya. Itu boleh membantu mencari pusat penipuan, tetapi ia juga boleh menunjuk kepada anda.
photo-data-legend = Data lokasi dan kamera dalam foto
photo-data-remove = Buang data ini (lebih selamat untuk anda)
photo-data-keep = Simpan data ini (ia boleh menunjukkan di mana foto diambil, dan telefon mana yang mengambilnya)
photo-data-formats = Tipline membuang data ini daripada foto JPEG, PNG, WebP dan HEIC tanpa mengubah gambarnya. Fail lain (video, pesanan suara, dokumen) disimpan tepat seperti yang anda hantar. Jangan hantar fail yang boleh menunjukkan siapa anda.
files-again = Jika borang kembali kepada anda dengan soalan, pilih fail anda sekali lagi: fail hanya disimpan selepas laporan dihantar.
error-file-too-large = Fail “{ $name }” lebih besar daripada { $size }. Tiada apa-apa yang dihantar. Keluarkan fail itu atau pilih yang lebih kecil, kemudian pilih fail anda sekali lagi.
error-files-too-large = Jumlah saiz fail anda lebih besar daripada { $size }. Tiada apa-apa yang dihantar. Keluarkan beberapa fail, kemudian pilih fail anda sekali lagi.
error-too-many-files = Anda memilih lebih daripada { $count } fail. Tiada apa-apa yang dihantar. Pilih paling banyak { $count } fail.
error-file-empty = Fail “{ $name }” kosong: mungkin ia belum ada dalam telefon anda. Tiada apa-apa yang dihantar. Pilih sekali lagi atau keluarkannya.
files-choose-again = Sila pilih fail anda sekali lagi: fail itu tidak disimpan.
receipt-files = { $count ->
   *[other] { $count } fail anda telah diterima bersama laporan anda.
}
