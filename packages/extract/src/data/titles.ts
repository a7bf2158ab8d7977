/**
 * Word lists for people and organizations. Multi-word entries are matched token by token,
 * case-insensitively unless noted.
 */

/** English titles; words before them may belong to the title ("Cooperatives and SMEs Minister"). */
export const ENGLISH_TITLE_HEADS: readonly string[] = [
  'Minister', 'Deputy', 'Deputy Minister', 'Deputy Secretary', 'Deputy Secretary-General', 'Permanent Secretary', 'Deputy Permanent Secretary', 'Vice Minister', 'Vice-Minister', 'Parliamentary Vice-Minister', 'Secretary', 'Secretary of State', 'Undersecretary', 'Assistant Secretary',
  'Ambassador', 'Consul', 'Consul General', 'Governor', 'Vice Governor', 'Deputy Governor', 'Mayor', 'Vice Mayor', 'Regent', 'President', 'Vice President', 'Prime Minister', 'PM',
  'Chief', 'Head', 'Country Director', 'Director', 'Director General', 'Director-General', 'Regional Director', 'Executive Director', 'Managing Director', 'Chairperson', 'Chair',
  'Senator', 'Representative', 'Commissioner', 'Spokesperson', 'Spokesman', 'Counsellor', 'Attache', 'Attaché',
];

/** Police and military ranks, written before a name and often after an office ("Kapolda Jateng Irjen Pol X"). */
export const RANKS: readonly string[] = [
  'Jenderal', 'Letjen', 'Mayjen', 'Brigjen', 'Kolonel', 'Letkol', 'Kapten', 'Lettu', 'Letda', 'Laksamana', 'Laksdya', 'Laksda', 'Laksma', 'Marsekal', 'Marsdya', 'Marsda', 'Marsma',
  'Irjen', 'Kombes', 'Kombespol', 'AKBP', 'AKP', 'Iptu', 'Ipda', 'Aiptu', 'Aipda', 'Bripka', 'Brigpol', 'Briptu', 'Bripda', 'Pol', 'Polisi', 'TNI', 'Purn', 'Purnawirawan',
];

/** Words that open a person's title ("Gubernur Jawa Tengah Ganjar Pranowo"). */
export const PERSON_TITLE_HEADS: readonly string[] = [
  'Presiden', 'Wakil Presiden', 'Wapres', 'Menteri', 'Menko', 'Wamen', 'Wakil Menteri', 'Menkop', 'MenKopUKM', 'Menkop UKM', 'Menkopukm',
  'Menperin', 'Mendag', 'Menlu', 'Menkeu', 'Mendagri', 'Menparekraf', 'Mentan', 'Menhub', 'Mensesneg', 'Menaker', 'Menkes', 'Mendikbud', 'Menpora',
  'Sesmenkop', 'Sekretaris Kementerian', 'Sekjen', 'Sekretaris Jenderal', 'Dirjen', 'Direktur Jenderal', 'Deputi', 'Irjen', 'Inspektur Jenderal',
  'Gubernur', 'Wakil Gubernur', 'Wagub', 'Plt Gubernur', 'Pj Gubernur', 'Penjabat Gubernur', 'Sekdaprov', 'Sekda', 'Sekretaris Daerah',
  'Asisten', 'Staf Ahli', 'Staf Khusus', 'Stafsus',
  'Bupati', 'Wakil Bupati', 'Wabup', 'Wali Kota', 'Walikota', 'Wakil Wali Kota', 'Wakil Walikota', 'Wawali', 'Penjabat', 'Pj', 'Plt', 'Plh',
  'Pelaksana Tugas', 'Pelaksana Harian', 'Camat', 'Lurah', 'Kepala Desa', 'Kades',
  'Duta Besar', 'Dubes', 'Wakil Duta Besar', 'Konsul', 'Konsul Jenderal', 'Konjen', 'Atase', 'Kuasa Usaha', 'Konselor', 'Sekretaris Pertama', 'Sekretaris Kedua', 'Sekretaris Ketiga',
  'Kepala', 'Kadis', 'Kabid', 'Kasi', 'Kasubag', 'Kabag', 'Karo', 'Wakil Kepala', 'Kapolda', 'Kapolres', 'Kapolrestabes', 'Kapolri', 'Pangdam', 'Dandim',
  'Ketua', 'Ketua Umum', 'Wakil Ketua', 'Waketum', 'Ketum', 'Sekretaris', 'Bendahara', 'Anggota', 'Koordinator', 'Pembina', 'Dewan Pembina', 'Dewan Pengawas', 'Dewan Penasihat', 'Dewan Pakar', 'Ketua Dewan', 'Anggota Dewan',
  'Direktur', 'Direktur Utama', 'Dirut', 'Wakil Direktur', 'Direktris', 'Komisaris', 'Komisaris Utama', 'Manajer', 'Manager', 'General Manager', 'GM',
  'Pimpinan', 'Pemimpin', 'Kepala Cabang', 'Kacab', 'Presiden Direktur', 'Presdir', 'Chairman', 'CEO', 'COO', 'CFO', 'CTO', 'Founder', 'Co-Founder', 'Pendiri',
  'Rektor', 'Wakil Rektor', 'Dekan', 'Wakil Dekan', 'Dosen', 'Guru Besar', 'Peneliti', 'Pengamat', 'Ekonom', 'Analis', 'Pensyarah',
  'Administrator', 'Komisioner', 'Hakim', 'Jaksa', 'Pejabat', 'Perwakilan', 'Utusan', 'Juru Bicara', 'Jubir', 'Pelaksana Fungsi',
  // Malaysian and Bruneian offices ("Ketua Pengarah JAKIM", "Ketua Menteri Perlis").
  'Ketua Menteri', 'Menteri Besar', 'Pengarah', 'Ketua Pengarah', 'Pengarah Kanan', 'Timbalan', 'Penolong Pengarah', 'Ketua Penolong Pengarah', 'Setiausaha', 'Ketua Setiausaha',
  // Sport: coaches, referees and players are named with their position.
  'Pelatih', 'Asisten Pelatih', 'Wasit', 'Kiper', 'Kapten', 'Pemain', 'Atlet', 'Coach', 'Head Coach', 'Referee',
  ...ENGLISH_TITLE_HEADS,
  ...RANKS,
];

/** Words inside a title that are not names ("Kepala Biro Administrasi Pimpinan ..."). */
export const ROLE_WORDS: readonly string[] = [
  'wakil', 'utama', 'umum', 'tetap', 'jenderal', 'besar', 'muda', 'madya', 'senior', 'junior', 'ahli', 'khusus', 'harian', 'tugas', 'fungsi', 'unit', 'kantor',
  'negara', 'daerah', 'provinsi', 'kota', 'kabupaten', 'kecamatan', 'desa', 'kelurahan', 'pusat', 'wilayah', 'cabang', 'regional', 'nasional', 'internasional',
  'kementerian', 'badan', 'dinas', 'biro', 'bagian', 'bidang', 'seksi', 'subbagian', 'direktorat', 'deputi', 'sekretariat', 'setda', 'lembaga', 'dewan', 'komisi', 'komite', 'departemen',
  'kedutaan', 'kedubes', 'kbri', 'kjri', 'konsulat', 'perwakilan', 'ri', 'republik', 'kerajaan', 'untuk', 'di', 'dan', 'pada', 'dari', 'se',
  'koperasi', 'ukm', 'umkm', 'usaha', 'mikro', 'kecil', 'menengah', 'industri', 'perindustrian', 'perdagangan', 'dagang', 'ekonomi', 'keuangan', 'investasi', 'penanaman', 'modal',
  'pertanian', 'perkebunan', 'perikanan', 'kelautan', 'pariwisata', 'kreatif', 'luar', 'dalam', 'negeri', 'sekretaris', 'pembangunan', 'perencanaan', 'pemerintahan', 'otonomi',
  'administrasi', 'pimpinan', 'kerja', 'sama', 'hubungan', 'antarabangsa', 'distribusi', 'promosi', 'pemasaran', 'pelayanan', 'terpadu', 'satu', 'pintu', 'sumber', 'daya', 'manusia', 'air',
  'cipta', 'karya', 'tata', 'ruang', 'lingkungan', 'hidup', 'kehutanan', 'energi', 'mineral', 'pendidikan', 'kebudayaan', 'kesehatan', 'sosial', 'tenaga', 'ketenagakerjaan',
  'informasi', 'komunikasi', 'informatika', 'statistik', 'pengembangan', 'pemberdayaan', 'pembinaan', 'pengawasan', 'hukum', 'politik', 'keamanan', 'polhukam', 'kedaruratan', 'logistik',
  'ketahanan', 'akses', 'aneka', 'kimia', 'farmasi', 'tekstil', 'agro', 'logam', 'mesin', 'alat', 'transportasi', 'elektronika', 'maritim', 'digital', 'teknologi', 'riset', 'inovasi',
  'partai', 'rakyat', 'fakultas', 'universitas', 'politeknik', 'institut', 'sekolah', 'program', 'studi', 'jurusan', 'laboratorium', 'pusat', 'balai', 'divisi', 'kredit', 'operasional',
  'finance', 'foreign', 'home', 'agriculture', 'health', 'education', 'defense', 'defence', 'energy', 'tourism', 'transport', 'transportation', 'labor', 'labour',
  'environment', 'maritime', 'economic', 'coordinating', 'msmes', 'villages', 'fisheries', 'forestry', 'communications', 'information', 'works', 'housing',
  'planning', 'development', 'international', 'prime', 'industrial', 'commercial',
  'public', 'policy', 'government', 'relations', 'affairs', 'of', 'and', 'for', 'the', 'trade', 'investment', 'investments', 'promotion', 'economy', 'industry', 'cooperatives', 'smes', 'state',
  'head', 'chief', 'officer', 'executive', 'general', 'deputy', 'vice', 'regional', 'national', 'senior', 'ministry', 'department', 'office', 'council', 'chamber', 'commerce',
  'biasa', 'berkuasa', 'penuh', 'eksekutif', 'manager', 'officer', 'utusan', 'sementara', 'duta', 'atase', 'pertahanan', 'kebudayaan', 'imigrasi', 'humas', 'protokol',
  'budaya', 'pangan', 'pemasaran', 'operasi', 'bisnis', 'korporasi', 'strategi', 'keuangan', 'teknik', 'produksi', 'kepatuhan', 'risiko', 'ritel', 'mikro', 'komersial', 'area',
  'penasihat', 'pakar', 'pengawas', 'ahli', 'madya', 'pratama', 'utama', 'muda', 'staf', 'tenaga', 'pusat', 'kanwil', 'pengurus', 'harian', 'dpp', 'dpd', 'dpw', 'dpc', 'pw', 'pc',
  'bahagian', 'kanan', 'kemajuan', 'jabatan', 'majlis', 'country', 'kehormatan', 'urusan', 'jalan', 'jl', 'nomor', 'no', 'gedung', 'lantai', 'ruang', 'aula', 'hotel', 'pasar', 'rumah', 'dinas', 'kampus', 'interim', 'ad', 'pembina', 'pengurus', 'harian',
  // Short names of regional agencies, written like words.
  'dindag', 'disdag', 'disperindag', 'disperindagkop', 'diskop', 'diskopukm', 'diskumkm', 'dispar', 'disparbud', 'dishub', 'diskominfo', 'disnaker', 'disnakertrans',
  'dispora', 'disdik', 'dinkes', 'distan', 'disbun', 'disnak', 'dkp', 'bappeda', 'bapenda', 'bappenas', 'bpkad', 'dispenda', 'dispermades', 'disperkim', 'dlh',
  'satpol', 'polres', 'polda', 'polsek', 'polrestabes', 'kodim', 'korem', 'setwan', 'kemenkop', 'dpmptsp', 'bpbd', 'bpsdm', 'bkpsdm', 'bumd', 'bumn', 'bumdes',
  'plt', 'plh', 'pj', 'pelaksana', 'penjabat', 'sekdaprov', 'sekda', 'asisten', 'staf', 'kepala', 'ketua', 'direktur', 'konsul', 'konselor', 'atase', 'i', 'ii', 'iii', 'iv', 'v',
];

/** Honorifics and academic titles that precede a name but are not part of it. */
export const HONORIFICS: readonly string[] = [
  'Pak', 'Bu', 'Bapak', 'Ibu', 'Mas', 'Mbak', 'Kang', 'Cak', 'Bung', 'Dr', 'Dr.', 'dr.', 'Ir', 'Ir.', 'H', 'H.', 'Hj', 'Hj.', 'Prof', 'Prof.', 'Drs', 'Drs.', 'Dra.',
  'KH', 'KH.', 'Kyai', 'Ustaz', 'Ustadz', 'Habib', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Sdr', 'Sdr.', 'Saudara', 'Dato', "Dato'", 'Datuk', 'Tan Sri', 'Sir',
  'Haji', 'Hajah', 'Datin', 'Dato Seri', 'Datuk Seri', 'Dato Sri', 'Tuan', 'Puan', 'Encik', 'Ts', 'Ts.', 'Dr.-Ing.', 'Drg', 'Drg.', 'Ny', 'Ny.', 'Nn', 'Nn.', 'Tn', 'Tn.',
];

/** Lower-case particles that may sit inside a person's name. */
export const NAME_PARTICLES: readonly string[] = ['bin', 'binti', 'anak', 'van', 'de', 'der', 'den', 'da', 'dos', 'von', 'al', 'el'];

/** Academic degrees written after a name ("Firdaus ST MT", "Sarono, M.Si"): they end the name. */
export const DEGREES: readonly string[] = [
  'ST', 'MT', 'SE', 'MM', 'MSi', 'Si', 'SH', 'MH', 'SPd', 'MPd', 'SKom', 'MKom', 'SSos', 'MSc', 'BSc', 'MA', 'MBA', 'PhD', 'SIP', 'MAP', 'SP', 'MP', 'SAg', 'MAg', 'SKM', 'MKes',
  'SIKom', 'SSTP', 'MEng', 'MEc', 'SHut', 'SPi', 'SPt', 'Ak', 'CA', 'CPA', 'Lc', 'MHum', 'SS', 'SHI', 'MPA', 'MSE', 'MTP', 'IPU',
];

/** Lower-case descriptions that open a person's mention ("pedagang cabai Yanto", "politikus PKB Sukirman"). */
export const LOWER_TITLE_HEADS: readonly string[] = [
  'pedagang', 'petani', 'nelayan', 'pengusaha', 'pemilik', 'warga', 'perajin', 'pengrajin', 'politikus', 'politisi', 'pensyarah', 'dosen', 'pengamat', 'ekonom',
  'peneliti', 'mahasiswa', 'pelajar', 'guru', 'pelaku usaha', 'pelaku UMKM', 'buruh', 'sopir', 'karyawan', 'pegawai', 'aktivis', 'analis', 'akademisi',
  'bakal calon', 'calon', 'kandidat', 'counterpart', 'rekan sejawat', 'trader', 'farmer', 'analyst', 'economist', 'entrepreneur', 'owner', 'resident', 'researcher', 'lecturer',
  'pelatih', 'asisten pelatih', 'wasit', 'kiper', 'bek', 'gelandang', 'penyerang', 'striker', 'pemain', 'pemain pengganti', 'kapten', 'atlet', 'pebulu tangkis', 'pesepak bola',
  'petugas', 'istri', 'istrinya', 'suami', 'suaminya', 'coach', 'player', 'goalkeeper', 'midfielder', 'defender', 'referee', 'athlete', 'wife', 'husband',
];

/** Verbs of saying that introduce the speaker after a quote ("kata Ganjar", "said Teten"). */
export const SPEECH_VERBS_BEFORE_NAME: readonly string[] = [
  'kata', 'ujar', 'ucap', 'jelas', 'tutur', 'ungkap', 'tegas', 'terang', 'imbuh', 'tambah', 'sebut', 'papar', 'pungkas', 'lanjut', 'harap', 'ajak', 'sambung', 'timpal', 'tandas', 'tukas', 'urai', 'pesan', 'kata dia',
  'said', 'says', 'added', 'explained', 'noted', 'stated', 'according to', 'menurut',
];

/** Verbs of saying after the speaker ("Teten mengatakan", "Teten said"). */
export const SPEECH_VERBS_AFTER_NAME: readonly string[] = [
  'mengatakan', 'menjelaskan', 'menuturkan', 'mengungkapkan', 'menyampaikan', 'menegaskan', 'menerangkan', 'menambahkan', 'menyebutkan', 'memaparkan', 'berharap',
  'mengapresiasi', 'menilai', 'menyebut', 'mengaku', 'berkata', 'said', 'says', 'added', 'noted', 'explained', 'stated', 'told',
];

/** Cues that a nickname follows or precedes ("akrab disapa Ijeck", "Sulis, sapaan akrab ..."). */
export const NICKNAME_CUES: readonly string[] = ['akrab disapa', 'biasa disapa', 'karib disapa', 'yang disapa', 'sapaan akrabnya', 'sapaannya', 'dikenal dengan sapaan', 'known as', 'nicknamed'];

/** Labels that introduce journalists, editors and photo credits; what follows is not an actor. */
export const CREDIT_LABELS: readonly string[] = [
  'Pewarta', 'Editor', 'Penulis', 'Reporter', 'Wartawan', 'Foto', 'Fotografer', 'Kontributor', 'Penyunting', 'Redaktur', 'Sumber', 'Baca juga', 'Baca Juga',
  'Written by', 'Reporting by', 'Editing by', 'Photo', 'Reporter', 'Translator', 'Penerjemah', 'Copyright', 'Laporan',
];

/** Capitalized words that are never names: days, months, pronouns and sentence openers. */
export const NOT_NAMES: readonly string[] = [
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'january', 'february', 'march',
  'may', 'june', 'july', 'august', 'october', 'december', 'ia', 'dia', 'beliau', 'mereka', 'kami', 'kita', 'saya', 'aku', 'pihaknya', 'dirinya', 'he', 'she', 'they', 'we',
  'it', 'i', 'you', 'the', 'this', 'that', 'these', 'those', 'there', 'selain', 'namun', 'sementara', 'menurut', 'dalam', 'pada', 'dengan', 'untuk', 'sebelumnya', 'kemudian',
  'adapun', 'sedangkan', 'bahkan', 'selanjutnya', 'hal', 'acara', 'kegiatan', 'program', 'tahun', 'bulan', 'hari', 'pekan', 'wib', 'wita', 'wit', 'rp', 'us', 'usd', 'lebih', 'para',
  'tim', 'pemerintah', 'negara', 'daerah', 'masyarakat', 'warga', 'pelaku', 'pengusaha', 'tak', 'tidak', 'bukan', 'juga', 'jadi', 'karena', 'jika', 'kalau', 'agar', 'supaya',
];
