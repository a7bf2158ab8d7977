/**
 * The controlled sector vocabulary. Ids are kebab-case English terms (users filter on them;
 * consumers that compare loosely see "creative-economy" and "creative economy" as one). Terms
 * are Indonesian and English words or stems, matched case-insensitively at word starts; a
 * term ending in "*" matches any word continuation ("ekspor*" also matches "eksportir").
 */
export interface Sector {
  id: string;
  label: string;
  terms: readonly string[];
}

export const SECTORS: readonly Sector[] = [
  { id: 'umkm', label: 'Micro, small and medium enterprises', terms: ['umkm', 'ukm', 'umk', 'ikm', 'kukm', 'usaha mikro', 'usaha kecil', 'industri kecil', 'pelaku usaha kecil', 'msme*', 'sme', 'smes', 'small business*', 'small and medium', 'small firms'] },
  { id: 'cooperatives', label: 'Cooperatives', terms: ['koperasi', 'cooperatives', 'cooperative', 'ksp'] },
  { id: 'trade', label: 'Trade', terms: ['perdagangan', 'dagang', 'berdagang', 'niaga', 'trade', 'trading', 'buyer', 'pembeli', 'transaksi', 'pasar', 'market*'] },
  { id: 'export', label: 'Export', terms: ['ekspor*', 'export*', 'pasar global', 'global market*', 'pasar luar negeri', 'pasar internasional'] },
  { id: 'investment', label: 'Investment', terms: ['investasi', 'penanaman modal', 'investor*', 'investment*', 'menanamkan modal'] },
  { id: 'industry', label: 'Industry', terms: ['industri', 'perindustrian', 'manufaktur', 'industry', 'industrial', 'manufactur*'] },
  { id: 'economy', label: 'Economy', terms: ['ekonomi', 'economy', 'economic'] },
  { id: 'creative-economy', label: 'Creative economy', terms: ['ekonomi kreatif', 'ekraf', 'industri kreatif', 'creative economy', 'creative industr*', 'kreatif'] },
  { id: 'digital-economy', label: 'Digital economy', terms: ['digital ekonomi', 'ekonomi digital', 'digital*', 'e-commerce', 'daring', 'online', 'platform'] },
  { id: 'tourism', label: 'Tourism', terms: ['pariwisata', 'wisata', 'tourism', 'tourist*'] },
  { id: 'culture', label: 'Culture', terms: ['budaya', 'kebudayaan', 'culture', 'cultural', 'seni', 'festival', 'k-wave'] },
  { id: 'culinary', label: 'Culinary', terms: ['kuliner', 'makanan khas', 'culinary'] },
  { id: 'handicraft', label: 'Handicraft', terms: ['kerajinan', 'kriya', 'handicraft*', 'craft*'] },
  { id: 'agriculture', label: 'Agriculture', terms: ['pertanian', 'agrikultur', 'petani', 'agriculture', 'agricultural', 'farming', 'farm', 'farmers', 'food estate'] },
  { id: 'plantation', label: 'Plantations', terms: ['perkebunan', 'sawit', 'plantation*', 'palm oil'] },
  { id: 'horticulture', label: 'Horticulture', terms: ['hortikultura', 'horticulture', 'sayuran', 'buah-buahan'] },
  { id: 'fisheries', label: 'Fisheries', terms: ['perikanan', 'nelayan', 'fisheries', 'fishery', 'marine', 'kelautan', 'hasil laut'] },
  { id: 'aquaculture', label: 'Aquaculture', terms: ['akuakultur', 'budidaya ikan', 'aquaculture'] },
  { id: 'food', label: 'Food', terms: ['pangan', 'makanan', 'food', 'tempe'] },
  { id: 'education', label: 'Education', terms: ['pendidikan', 'pelajar', 'mahasiswa', 'akademisi', 'kampus', 'universitas', 'pertukaran pelajar', 'education', 'students', 'academic'] },
  { id: 'vocational-education', label: 'Vocational education', terms: ['vokasi', 'vokasional', 'politeknik', 'tvet', 'vocational'] },
  { id: 'training', label: 'Training', terms: ['pelatihan', 'berlatih', 'training', 'trainers', 'pelatih', 'kursus', 'capacity building'] },
  { id: 'capacity-building', label: 'Capacity building', terms: ['peningkatan kapasitas', 'pengembangan sdm', 'sumber daya manusia', 'capacity building', 'knowledge exchange'] },
  { id: 'internship', label: 'Internship', terms: ['magang', 'internship*', 'apprentice*'] },
  { id: 'research', label: 'Research', terms: ['penelitian', 'riset', 'research'] },
  { id: 'health', label: 'Health', terms: ['kesehatan', 'health', 'farmasi', 'pharmaceutical*'] },
  { id: 'health-equipment', label: 'Health equipment', terms: ['peralatan kesehatan', 'alat kesehatan', 'alkes', 'medical equipment', 'medical devices'] },
  { id: 'energy', label: 'Energy', terms: ['energi', 'energy', 'listrik', 'electricity'] },
  { id: 'energy-efficiency', label: 'Energy efficiency', terms: ['efisiensi energi', 'energy efficiency'] },
  { id: 'environment', label: 'Environment', terms: ['lingkungan hidup', 'ramah lingkungan', 'lingkungan', 'sampah', 'limbah', 'environment*', 'green', 'produksi bersih', 'merkuri'] },
  { id: 'green-products', label: 'Green products', terms: ['produk ramah lingkungan', 'ecogreen', 'green product*', 'green business'] },
  { id: 'automotive', label: 'Automotive', terms: ['otomotif', 'mobil', 'kendaraan', 'automotive', 'vehicle*'] },
  { id: 'infrastructure', label: 'Infrastructure', terms: ['infrastruktur', 'infrastructure', 'jalan tol', 'pelabuhan', 'port'] },
  { id: 'shipping', label: 'Shipping', terms: ['pelayaran', 'kapal', 'shipping', 'ships', 'ro-ro', 'sea link'] },
  { id: 'connectivity', label: 'Connectivity', terms: ['konektivitas', 'connectivity', 'jalur', 'route', 'link'] },
  { id: 'logistics', label: 'Logistics', terms: ['logistik', 'logistics', 'cargo', 'kargo'] },
  { id: 'supply-chain', label: 'Supply chain', terms: ['rantai pasok', 'supply chain*', 'supply-chain'] },
  { id: 'technology', label: 'Technology', terms: ['teknologi', 'alih teknologi', 'technology', 'technologies', 'inovasi', 'innovation'] },
  { id: 'finance', label: 'Finance', terms: ['keuangan', 'pembiayaan', 'perbankan', 'bank', 'finance', 'financing', 'financial', 'lending', 'loan*', 'pinjaman', 'permodalan', 'modal usaha'] },
  { id: 'credit', label: 'Credit', terms: ['kredit', 'credit'] },
  { id: 'credit-guarantee', label: 'Credit guarantee', terms: ['penjaminan kredit', 'penjaminan', 'credit guarantee*'] },
  { id: 'sharia-economy', label: 'Sharia economy', terms: ['ekonomi syariah', 'syariah', 'islamic finance', 'sharia'] },
  { id: 'halal', label: 'Halal products', terms: ['halal'] },
  { id: 'entrepreneurship', label: 'Entrepreneurship', terms: ['kewirausahaan', 'wirausaha', 'entrepreneur*'] },
  { id: 'startups', label: 'Start-ups', terms: ['startup*', 'start-up*', 'perusahaan rintisan'] },
  { id: 'incubation', label: 'Business incubation', terms: ['inkubator', 'inkubasi', 'incubat*'] },
  { id: 'migrant-workers', label: 'Migrant workers', terms: ['tki', 'tkw', 'pekerja migran', 'tenaga kerja indonesia', 'migrant worker*'] },
  { id: 'employment', label: 'Employment', terms: ['ketenagakerjaan', 'lapangan kerja', 'tenaga kerja', 'employment', 'jobs'] },
  { id: 'packaging', label: 'Packaging', terms: ['pengemasan', 'kemasan', 'packaging'] },
  { id: 'local-products', label: 'Local products', terms: ['produk lokal', 'produk unggulan', 'produk daerah', 'local product*', 'one village one product'] },
  { id: 'regional-development', label: 'Regional development', terms: ['pembangunan daerah', 'pengembangan ekonomi daerah', 'ekonomi daerah', 'regional development'] },
  { id: 'civil-service', label: 'Civil service', terms: ['asn', 'aparatur sipil negara', 'pegawai', 'bpsdm', 'civil service', 'civil servants'] },
  { id: 'diplomacy', label: 'Diplomacy', terms: ['diplomatik', 'hubungan bilateral', 'bilateral', 'diplomatic', 'diplomacy'] },
  { id: 'social', label: 'Social affairs', terms: ['sosial', 'social'] },
  { id: 'csr', label: 'Corporate social responsibility', terms: ['csr', 'corporate social responsibility', 'tanggung jawab sosial'] },
  { id: 'mining', label: 'Mining', terms: ['pertambangan', 'tambang', 'mining', 'hilirisasi', 'downstream'] },
  { id: 'maritime', label: 'Maritime affairs', terms: ['maritim', 'maritime'] },
  { id: 'transport', label: 'Transport', terms: ['transportasi', 'angkutan', 'penerbangan', 'transport*', 'aviation'] },
  { id: 'security', label: 'Security', terms: ['keamanan', 'pertahanan', 'security', 'defence', 'defense'] },
];
