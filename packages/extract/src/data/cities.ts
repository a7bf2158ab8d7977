/**
 * Well-known cities: "COUNTRY|name|alias...". They tell places from people's names ("said
 * Canberra", "Bupati Kudus Musthofa") and belong in titles; they are not emitted as actors
 * on their own (a city acts through its government: "Pemkot Surabaya").
 */
export const CITY_ROWS: readonly string[] = [
  // Indonesia: provincial capitals and large cities and regencies often in the news.
  'ID|Jakarta', 'ID|Surabaya', 'ID|Bandung', 'ID|Medan', 'ID|Semarang', 'ID|Makassar', 'ID|Palembang', 'ID|Denpasar', 'ID|Yogyakarta|Jogja|Yogya', 'ID|Solo|Surakarta',
  'ID|Malang', 'ID|Batam', 'ID|Pekanbaru', 'ID|Padang', 'ID|Pontianak', 'ID|Banjarmasin', 'ID|Balikpapan', 'ID|Samarinda', 'ID|Manado', 'ID|Kupang', 'ID|Mataram',
  'ID|Jayapura', 'ID|Ambon', 'ID|Kendari', 'ID|Palu', 'ID|Gorontalo', 'ID|Mamuju', 'ID|Ternate', 'ID|Sofifi', 'ID|Manokwari', 'ID|Sorong', 'ID|Merauke', 'ID|Jambi',
  'ID|Bengkulu', 'ID|Bandar Lampung', 'ID|Serang', 'ID|Tangerang', 'ID|Bekasi', 'ID|Depok', 'ID|Bogor', 'ID|Cirebon', 'ID|Tasikmalaya', 'ID|Sukabumi', 'ID|Karawang',
  'ID|Pekalongan', 'ID|Tegal', 'ID|Magelang', 'ID|Salatiga', 'ID|Kudus', 'ID|Jepara', 'ID|Batang', 'ID|Kendal', 'ID|Demak', 'ID|Pati', 'ID|Rembang', 'ID|Cilacap', 'ID|Purwokerto',
  'ID|Banyumas', 'ID|Klaten', 'ID|Sragen', 'ID|Boyolali', 'ID|Kediri', 'ID|Blitar', 'ID|Madiun', 'ID|Jember', 'ID|Banyuwangi', 'ID|Probolinggo', 'ID|Pasuruan', 'ID|Mojokerto',
  'ID|Sidoarjo', 'ID|Gresik', 'ID|Lamongan', 'ID|Tuban', 'ID|Bojonegoro', 'ID|Ngawi', 'ID|Ponorogo', 'ID|Tulungagung', 'ID|Batu', 'ID|Bukittinggi', 'ID|Dumai', 'ID|Tanjungpinang',
  'ID|Pangkalpinang', 'ID|Tarakan', 'ID|Palangka Raya|Palangkaraya', 'ID|Banda Aceh', 'ID|Lhokseumawe', 'ID|Sabang', 'ID|Binjai', 'ID|Pematangsiantar', 'ID|Bitung', 'ID|Parepare',
  'ID|Labuan Bajo', 'ID|Bengkalis', 'ID|Kajen', 'ID|Nusantara',
  // Capitals and large cities abroad.
  'KR|Seoul', 'KR|Busan', 'KR|Incheon', 'KR|Daegu', 'KR|Daejeon', 'KR|Gwangju', 'KR|Ulsan', 'KR|Cheongju', 'JP|Tokyo', 'JP|Osaka', 'JP|Kyoto', 'JP|Nagoya', 'JP|Yokohama',
  'JP|Fukuoka', 'JP|Sapporo', 'JP|Kobe', 'JP|Kochi', 'JP|Toyama', 'CN|Beijing|Beijing|Peking', 'CN|Shanghai', 'CN|Guangzhou', 'CN|Shenzhen', 'CN|Fuzhou', 'CN|Xiamen', 'CN|Nanning',
  'CN|Kunming', 'CN|Chongqing', 'CN|Wuhan', 'CN|Hangzhou', 'TW|Taipei', 'HK|Hong Kong', 'SG|Singapore', 'MY|Kuala Lumpur', 'MY|Putrajaya', 'MY|Kuching', 'MY|Kota Kinabalu',
  'MY|Johor Bahru', 'MY|Penang', 'MY|Melaka|Malacca', 'TH|Bangkok', 'VN|Hanoi', 'VN|Ho Chi Minh City', 'VN|Nha Trang', 'VN|Da Nang', 'PH|Manila', 'PH|Davao', 'PH|Davao City',
  'PH|Cebu', 'BN|Bandar Seri Begawan', 'KH|Phnom Penh', 'LA|Vientiane', 'MM|Yangon|Naypyidaw', 'TL|Dili', 'IN|New Delhi', 'IN|Mumbai', 'PK|Islamabad', 'BD|Dhaka',
  'AU|Canberra', 'AU|Sydney', 'AU|Melbourne', 'AU|Perth', 'AU|Brisbane', 'NZ|Wellington', 'NZ|Auckland', 'US|New York', 'US|Los Angeles',
  'GB|London', 'FR|Paris', 'DE|Berlin', 'DE|Frankfurt', 'NL|Amsterdam', 'NL|Den Haag|The Hague', 'NL|Rotterdam', 'BE|Brussel|Brussels', 'CH|Jenewa|Geneva', 'IT|Roma|Rome',
  'ES|Madrid', 'RU|Moskow|Moscow', 'TR|Ankara', 'TR|Istanbul', 'SA|Riyadh', 'SA|Jeddah', 'SA|Mekkah|Makkah', 'AE|Dubai', 'AE|Abu Dhabi', 'QA|Doha', 'EG|Kairo|Cairo',
  'MA|Rabat', 'ZA|Pretoria', 'ZA|Johannesburg', 'NG|Abuja', 'KE|Nairobi', 'CA|Ottawa', 'CA|Toronto', 'CA|Vancouver', 'BR|Brasilia', 'MX|Mexico City', 'AR|Buenos Aires',
];
