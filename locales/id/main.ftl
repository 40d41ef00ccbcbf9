## Tipline source pages — Bahasa Indonesia (Indonesian)

# review: all — draft translation, not yet checked by a native speaker
# terms: report = laporan (verb: melaporkan), codename = nama sandi, compound = markas penipuan, organisation = organisasi, encrypted = dienkripsi / terenkripsi, private window = jendela pribadi, Leave now = Keluar sekarang, log out = Keluar, reply = balasan, held = disekap, phone = HP, keyboard = papan ketik, browser = peramban, link = tautan, site = situs

site-name = Tipline
skip-to-form = Langsung ke formulir
demo-banner = VERSI DEMO — hanya untuk uji coba. Laporan di sini dienkripsi dengan kunci uji coba yang kunci rahasianya diketahui umum. Jangan kirim laporan sungguhan.
language-label = Bahasa

## The report form (Formulir laporan)
form-title = Laporkan markas penipuan atau orang hilang
form-intro = Formulir ini anonim. Kami tidak mencatat alamat, perangkat, atau peramban Anda. Apa yang Anda tulis dienkripsi sebelum disimpan, jadi hanya organisasi penerimanya yang bisa membacanya. Semua isian boleh dikosongkan, tetapi tolong beri tahu kami di mana markas penipuan itu atau apa yang terjadi.
form-safety = Kalau HP Anda suka diperiksa orang lain, pakai jendela pribadi dan tutup setelah selesai. Papan ketik Anda mungkin mengingat kata-kata yang Anda ketik.
form-operator-always = Organisasi yang menjalankan layanan ini selalu menerima laporan Anda. Di bawah ini, Anda pilih apakah laporan Anda boleh juga dibagikan ke pihak lain.
form-errors-title = Tolong periksa formulir ini
form-error-where-or-what = Tolong beri tahu kami di mana markas penipuan itu (negara, kota, atau nama markas) atau apa yang terjadi (rincian).

section-you = Tentang Anda
role-label = Siapa Anda?
role-inside = Saya sedang berada di dalam markas penipuan
role-escaped = Saya sudah kabur atau dilepaskan dari markas penipuan
role-family = Saya keluarga atau teman dari orang yang disekap
role-other = Lainnya

danger-label = Apakah ada yang dalam bahaya saat ini?
danger-yes = Ya
danger-no = Tidak
danger-unsure = Saya tidak tahu
danger-help-title = Dalam bahaya sekarang? Lakukan ini
danger-help-intro = Kalau bisa, segera minta bantuan sekarang. Polisi setempat di dekat beberapa markas penipuan mungkin bekerja sama dengan pemilik markas; kedutaan negara Anda biasanya lebih aman. Simpan nomor-nomor ini sebelum Anda membutuhkannya.
danger-help-embassy = Hubungi kedutaan besar atau konsulat negara Anda sendiri: mereka bisa membantu orang yang disekap di luar negeri, walaupun tanpa paspor.

section-where = Di mana markas penipuan itu?
country-label = Negara
country-choose = Pilih negara
country-other-label = Negara lain
area-label = Kota atau daerah
area-hint = Misalnya: Shwe Kokko, KK Park, Myawaddy, Sihanoukville, Poipet, Golden Triangle SEZ
compound-label = Nama markas atau nama perusahaan
building-label = Gedung
building-hint = Nomor gedung, warna, lantai, apa yang terlihat di sekitarnya
location-label = Koordinat atau tautan peta
location-hint = Misalnya 16.6870, 98.5085 atau tautan peta. Kami hanya membaca angkanya; kami tidak pernah membuka tautannya.

section-held = Orang-orang yang disekap di sana
held-count-label = Kira-kira berapa orang yang disekap?
held-nationalities-label = Kewarganegaraan mereka

section-people = Orang yang dalam bahaya
people-intro = Ceritakan tentang setiap orang yang Anda khawatirkan. Tambahkan sebanyak yang perlu.
person-heading = Orang ke-{ $number }
person-name-label = Nama
person-age-label = Usia
person-nationality-label = Kewarganegaraan
person-nationality-other-label = Kewarganegaraan lain
person-contact-label = Nomor telepon atau akun aplikasi pesan
person-last-contact-label = Terakhir kali berhubungan (tanggal)
add-person = Tambah orang lain

section-recruitment = Bagaimana mereka direkrut?
recruit-platform-label = Di mana mereka menemukan lowongan kerja itu? (aplikasi, situs web, media sosial)
recruit-ad-label = Apa yang dijanjikan dalam tawaran kerja itu?
recruit-agent-label = Agen atau perekrut (nama, nomor telepon, akun)
passports-label = Apakah paspor mereka diambil?
passports-yes = Ya
passports-no = Tidak
passports-unknown = Saya tidak tahu

section-details = Apa yang terjadi?
details-label = Rincian
details-hint = Apa saja yang bisa membantu: apa yang Anda lihat, apa yang terjadi, tanggal, nama, bagaimana orang-orang diperlakukan.

section-contact = Cara menghubungi Anda
contact-method-label = Cara yang aman untuk menghubungi Anda, kalau ada
contact-method-hint = Kosongkan kalau tidak aman untuk menghubungi Anda.
contact-time-label = Kapan aman untuk menghubungi Anda?

section-consent = Siapa yang boleh menerima laporan Anda?
consent-intro = Centang hanya yang Anda setujui. Kalau tidak ada yang dicentang, hanya organisasi yang menjalankan layanan ini yang menerima laporan.
consent-ngo = Organisasi bantuan lain (LSM) boleh menerima laporan saya
consent-embassy = Kedutaan besar boleh menerima laporan saya
consent-police = Polisi boleh menerima laporan saya

submit = Kirim laporan dengan aman
chars-max = Paling banyak { $max } karakter.

## Field errors (never repeat what was typed) (Kesalahan isian)
error-too-long = Terlalu panjang: paling banyak { $max } karakter.
error-choice = Tolong pilih salah satu.
error-number = Tolong masukkan angka.

## Receipt (Tanda terima)
receipt-title = Laporan Anda sudah diterima
receipt-intro = Terima kasih. Laporan Anda disimpan dalam keadaan terenkripsi dan akan dikirim ke organisasi yang Anda pilih.
receipt-codename-title = Nama sandi Anda
receipt-codename-intro = Ini satu-satunya kali Anda akan melihatnya. Dengan nama sandi ini, Anda bisa kembali nanti untuk membaca balasan dan menambah informasi.
receipt-keep-safe-title = Simpan baik-baik
receipt-keep-1 = Hafalkan, atau tulis di tempat yang tidak akan diperiksa siapa pun. Jangan ambil tangkapan layar.
receipt-keep-2 = Siapa pun yang punya nama sandi ini bisa membaca balasan untuk laporan Anda.
receipt-keep-3 = Kami tidak bisa memulihkan nama sandi yang hilang: kami tidak pernah menyimpannya.
receipt-keyboard = Papan ketik HP Anda mungkin masih mengingat kata-kata yang Anda ketik. Kalau HP Anda mungkin diperiksa, hapus kata-kata yang sudah dipelajari papan ketik, lalu tutup jendela ini.
receipt-urgent-title = Kalau ada yang dalam bahaya sekarang
receipt-new-report = Kirim laporan lain

## Other pages (Halaman lain)
already-title = Laporan Anda sudah diterima sebelumnya
already-body = Formulir ini sudah pernah dikirim, jadi kami tidak menyimpannya dua kali. Kalau ingin menambahkan sesuatu, kirim laporan baru.
busy-title = Sedang sibuk — tolong coba lagi beberapa menit lagi
busy-body = Saat ini banyak sekali laporan yang masuk. Belum ada kiriman Anda yang tersimpan. Tolong kembali dan kirim formulir lagi beberapa menit lagi; apa yang Anda ketik seharusnya masih ada di formulir.
unavailable-title = Laporan tidak bisa diterima saat ini
unavailable-body = Tidak ada yang tersimpan. Tolong coba lagi nanti, atau langsung hubungi organisasi yang Anda percaya atau kedutaan Anda.
store-failed-title = Laporan Anda tidak bisa disimpan
store-failed-body = Ada masalah di pihak kami, dan tidak ada kiriman Anda yang tersimpan. Apa yang Anda ketik masih ada di formulir di bawah: tolong kirim lagi beberapa menit lagi. Kalau terus terjadi, sebutkan kode ini: { $incident }
bad-request-title = Formulir tidak bisa dibaca
bad-request-body = Tolong kembali dan kirim formulir lagi.
forbidden-title = Formulir ini sudah kedaluwarsa atau berasal dari situs lain
forbidden-body = Tidak ada yang tersimpan. Tolong buka formulir lagi dan kirim dari sana.
too-large-title = Laporan terlalu besar
too-large-body = Tidak ada yang tersimpan. Tolong perpendek tulisannya lalu coba lagi.
not-found-title = Halaman tidak ditemukan
not-found-body = Tidak ada apa-apa di alamat ini.
internal-title = Terjadi kesalahan
internal-body = Kiriman Anda tidak hilang di pihak Anda; tolong coba lagi. Kalau terus terjadi, sebutkan kode ini: { $incident }
back-to-form = Kembali ke formulir

## Countries: their names come from CLDR (countries.ftl, generated); only "Other" is written here (Negara: namanya diambil dari CLDR; di sini hanya "Lainnya")
country-OTHER = Lainnya

## Emergency numbers, shown for the chosen country (Nomor darurat)
emergency-MM = Myanmar: polisi 199, ambulans 192
emergency-KH = Kamboja: polisi 117, ambulans 119
emergency-LA = Laos: polisi 191, ambulans 195
emergency-TH = Thailand: polisi 191, polisi pariwisata 1155, ambulans 1669
emergency-PH = Filipina: darurat 911
emergency-MY = Malaysia: darurat 999 (112 dari HP)
emergency-ID = Indonesia: darurat 112, polisi 110
emergency-VN = Vietnam: polisi 113, ambulans 115
emergency-AE = Uni Emirat Arab: polisi 999, ambulans 998

## Follow-up: a source comes back with their codename (Tindak lanjut: pelapor kembali dengan nama sandinya)
followup-title = Balasan dan informasi tambahan
followup-open-title = Masukkan nama sandi Anda
followup-read-again = Baca balasan lagi
followup-intro = Ketik nama sandi yang Anda terima saat mengirim laporan. Huruf besar, spasi berlebih, dan tanda hubung tidak masalah.
followup-codename-label = Nama sandi Anda
followup-open = Buka
followup-not-recognised = Nama sandi itu tidak dikenali. Periksa kata-katanya dan coba lagi.
followup-replies-title = Balasan untuk laporan Anda
followup-no-replies = Belum ada balasan. Kembali lagi nanti.
followup-replies-once = Balasan hanya ditampilkan sekarang; untuk membacanya lagi, masukkan nama sandi Anda lagi.
followup-add-title = Tambah informasi atau perbaiki laporan Anda
followup-add-intro = Apa yang Anda tulis di sini dienkripsi dan dikirim ke organisasi yang sama dengan laporan Anda.
followup-add-label = Yang ingin Anda tambahkan
followup-add-submit = Kirim dengan aman
followup-added = Terima kasih. Tambahan Anda sudah diterima dan akan sampai ke organisasi yang sama dengan laporan Anda.
# draft: followup files, not yet checked by a native speaker
followup-add-empty = Tulis sesuatu untuk ditambahkan, atau pilih file (paling banyak 20.000 karakter).
followup-files-added = { $count ->
   *[other] { $count } file Anda juga sudah ditambahkan.
}
followup-add-unavailable = Ini tidak bisa dikirim sekarang. Coba lagi nanti; tulisan Anda tidak hilang.
followup-store-failed = Ada masalah di pihak kami, dan tidak ada yang tersimpan. Tulisan Anda masih ada di bawah: tolong coba lagi beberapa menit lagi.
followup-logout = Keluar
followup-logged-out = Anda sudah keluar. Tutup jendela ini.
followup-session-note = Anda otomatis dikeluarkan setelah 15 menit tanpa kegiatan. Keluarlah setelah selesai, terutama di HP yang dipakai bersama.
followup-session-ended = Waktu Anda sudah habis. Masukkan nama sandi Anda lagi.
followup-kept-label = Tambahan Anda, disimpan di sini: masukkan nama sandi Anda lalu tekan "Buka", kemudian tekan "Kirim dengan aman"
followup-busy = Terlalu banyak nama sandi yang sedang dicoba saat ini. Tunggu beberapa menit lalu coba lagi.
followup-add-later = Untuk hari ini, laporan ini sudah cukup banyak ditambah. Coba lagi besok; tulisan Anda tidak hilang.
receipt-followup = Kembalilah ke halaman tindak lanjut dengan nama sandi Anda untuk membaca balasan dan menambah informasi:
receipt-followup-link = baca balasan dan tambah informasi

## Quick exit and device safety (on every source page) (Keluar cepat dan keamanan HP)
leave-now = Keluar sekarang
leave-now-title = Segera tinggalkan situs ini dan buka halaman biasa
safety-link = Jaga HP Anda tetap aman
safety-title = Jaga HP Anda tetap aman
safety-intro = Kalau ada orang yang mungkin memeriksa HP Anda, mereka bisa menemukan tanda bahwa Anda memakai situs ini. Berikut apa yang bisa mereka temukan dan cara menghapusnya. Hanya butuh satu menit.
safety-history-title = Riwayat peramban
safety-history-body = Peramban Anda mengingat halaman yang Anda buka. Pakai jendela pribadi (disebut juga mode samaran) atau Tor Browser, dan tutup setelah selesai. Kalau Anda memakai jendela biasa, hapus situs ini dari riwayat.
safety-kept-title = Yang tetap tertinggal, bahkan di jendela pribadi
safety-kept-body = Selama jendela masih terbuka, tombol kembali bisa menampilkan lagi formulir dan tanda terimanya. Tutup jendela setelah selesai. Apa yang Anda ketik tidak disimpan di riwayat, tetapi jendela biasa bisa menyimpan alamat halaman.
safety-keyboard-title = Papan ketik
safety-keyboard-body = Papan ketik Anda bisa mempelajari kata-kata yang Anda ketik lalu menyarankannya nanti. Di pengaturan papan ketik, hapus kata-kata yang sudah dipelajari, atau matikan saran kata sebelum mengetik.
safety-downloads-title = Unduhan dan tangkapan layar
safety-downloads-body = Jangan ambil tangkapan layar halaman-halaman ini atau mengunduhnya. Kalau sudah terlanjur, hapus, lalu kosongkan juga folder "Baru Dihapus" atau tempat sampah.
safety-notifications-title = Notifikasi
safety-notifications-body = Situs ini tidak pernah mengirim notifikasi. Kalau Anda memberi cara untuk dihubungi, pesan dari sebuah organisasi bisa muncul di layar Anda: berikan kontak yang hanya bisa Anda lihat.
safety-private-title = Jendela pribadi atau Tor Browser
safety-private-body = Jendela pribadi melupakan halaman-halaman saat Anda menutupnya. Tor Browser juga menyembunyikan situs yang Anda buka dari operator seluler dan jaringan. Situs ini bisa dipakai di keduanya, bahkan saat JavaScript dimatikan.
safety-codename-title = Nama sandi Anda
safety-codename-body = Nama sandi adalah satu-satunya yang perlu disimpan. Hafalkan, atau tulis di tempat yang tidak akan dilihat siapa pun. Siapa pun yang memilikinya bisa membaca balasan untuk laporan Anda.
safety-leave = Tautan "Keluar sekarang" di bagian atas setiap halaman langsung membuka halaman biasa.

# draft: files block, not yet checked by a native speaker
## File yang dikirim bersama laporan (Files sent with a report)
section-files = Foto, tangkapan layar, dan file
files-label = Tambahkan file (bisa pilih beberapa)
files-hint = Misalnya foto tempatnya, tangkapan layar tawaran kerja atau obrolan, pesan suara, dokumen. Paling banyak { $count } file, dengan total paling besar { $size }.
files-metadata = Foto bisa menyimpan di mana dan kapan foto itu diambil, dan HP apa yang dipakai. Itu bisa membantu menemukan markas penipuan, tetapi juga bisa mengarah ke Anda.
photo-data-legend = Data lokasi dan kamera di foto
photo-data-remove = Hapus data ini (lebih aman untuk Anda)
photo-data-keep = Biarkan data ini (bisa menunjukkan di mana foto diambil, dan HP apa yang dipakai)
photo-data-formats = Tipline menghapus data ini dari foto JPEG, PNG, WebP, dan HEIC tanpa mengubah gambarnya. File lain (video, pesan suara, dokumen) disimpan persis seperti yang Anda kirim. Jangan kirim file yang bisa menunjukkan siapa Anda.
files-again = Kalau formulir kembali ke Anda dengan pertanyaan, pilih lagi file Anda: file baru disimpan setelah laporan terkirim.
error-file-too-large = File “{ $name }” lebih besar dari { $size }. Tidak ada yang terkirim. Jangan sertakan file itu atau pilih yang lebih kecil, lalu pilih lagi file Anda.
error-files-too-large = Semua file Anda jika digabung lebih besar dari { $size }. Tidak ada yang terkirim. Kurangi beberapa file, lalu pilih lagi file Anda.
error-too-many-files = Anda memilih lebih dari { $count } file. Tidak ada yang terkirim. Pilih paling banyak { $count } file.
error-file-empty = File “{ $name }” kosong: mungkin file itu belum ada di HP Anda. Tidak ada yang terkirim. Pilih lagi atau jangan sertakan.
files-choose-again = Tolong pilih lagi file Anda: file tadi tidak disimpan.
receipt-files = { $count ->
   *[other] { $count } file Anda sudah diterima bersama laporan Anda.
}
