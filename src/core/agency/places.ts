/**
 * Province-level place names as they follow an agency's name without "tỉnh" ("Đài PT-TH Lạng Sơn", "Báo Đắk Lắk"):
 * the 34 provinces and centrally governed cities since 12 June 2025, and the 63 before (old files name those).
 * Keys as matchKey() gives them.
 */
export const PLACE_NAMES: readonly string[] = [
  // Since 2025.
  'Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'TP Hồ Chí Minh', 'TPHCM', 'HCM', 'Cần Thơ', 'Lai Châu', 'Điện Biên', 'Sơn La',
  'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Thanh Hoá', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên',
  'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Khánh Hoà', 'Lâm Đồng',
  'Đắk Lắk', 'Đắc Lắc', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
  // Merged away in 2025.
  'Hà Giang', 'Yên Bái', 'Bắc Kạn', 'Bắc Cạn', 'Vĩnh Phúc', 'Hòa Bình', 'Hoà Bình', 'Bắc Giang', 'Hải Dương', 'Thái Bình',
  'Hà Nam', 'Nam Định', 'Quảng Bình', 'Thừa Thiên Huế', 'Quảng Nam', 'Kon Tum', 'Bình Định', 'Phú Yên', 'Ninh Thuận',
  'Đắk Nông', 'Bình Thuận', 'Bình Dương', 'Bà Rịa - Vũng Tàu', 'Bình Phước', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh',
  'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Kiên Giang',
];
