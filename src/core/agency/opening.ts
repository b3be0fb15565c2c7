/** Words that open an agency's name: "… tỉnh và Hải quan cửa khẩu …" joins two bodies, not one name. */
export const AGENCY_OPENING_RE =
  /^(?:Sở|Ban|UBND|Ủy ban|Uỷ ban|Bộ|Hải quan|Công an|Văn phòng|Trung tâm|Hội|Đài|Báo|Thanh tra|Kho bạc|Ngân hàng|Cục|Chi cục|Phòng|Thuế|Bảo hiểm|Liên đoàn|Đoàn|Tỉnh ủy|Tỉnh đoàn|[Cc]ác|[Nn]hững|Chủ tịch|Giám đốc|Thủ trưởng|Tòa án|Viện|Trường|Bệnh viện|Quỹ|BQL|Đảng ủy)\s/u;
