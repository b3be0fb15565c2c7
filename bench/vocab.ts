/** Vietnamese wording for the generated annexes: what provincial plan annexes actually say. Data only. */

export const PLAN_TITLE = 'KẾ HOẠCH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2026';
export const PLAN_REF = '(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh)';
export const PLAN_YEAR = 2026;
/** The plan's issue date, as the engine should read it from PLAN_REF. */
export const PLAN_DATE = '2026-01-15';

export const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'] as const;

export const SECTIONS = [
  'CẢI CÁCH THỂ CHẾ',
  'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
  'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
  'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
  'CẢI CÁCH TÀI CHÍNH CÔNG',
  'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
  'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
  'THÔNG TIN, TUYÊN TRUYỀN VỀ CẢI CÁCH HÀNH CHÍNH',
];

export const GROUPS = [
  'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật',
  'Kiểm soát thủ tục hành chính',
  'Thực hiện cơ chế một cửa, một cửa liên thông',
  'Sắp xếp tổ chức bộ máy, tinh giản biên chế',
  'Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
  'Quản lý, sử dụng ngân sách nhà nước',
  'Phát triển hạ tầng số và cơ sở dữ liệu',
  'Theo dõi, đánh giá Chỉ số cải cách hành chính',
];

export const VERBS = [
  'Rà soát', 'Xây dựng', 'Triển khai', 'Tổ chức', 'Kiểm tra', 'Đánh giá', 'Nâng cao chất lượng', 'Đẩy mạnh',
  'Hoàn thiện', 'Tuyên truyền, phổ biến', 'Số hóa', 'Cập nhật', 'Chuẩn hóa', 'Theo dõi, đôn đốc', 'Tham mưu ban hành',
  'Công bố, công khai', 'Tập huấn, bồi dưỡng', 'Khảo sát, đo lường',
];

export const OBJECTS = [
  'thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh',
  'văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành',
  'hồ sơ, kết quả giải quyết thủ tục hành chính',
  'cơ sở dữ liệu chuyên ngành và kho dữ liệu dùng chung của tỉnh',
  'Chỉ số cải cách hành chính (PAR INDEX) của các sở, ban, ngành',
  'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
  'dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia',
  'đội ngũ cán bộ, công chức, viên chức',
  'vị trí việc làm và cơ cấu ngạch công chức',
  'quy chế tổ chức và hoạt động của các cơ quan chuyên môn',
  'kế hoạch tài chính - ngân sách nhà nước 03 năm',
  'cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
  'hệ thống quản lý văn bản và điều hành',
  'quy trình nội bộ giải quyết thủ tục hành chính',
  'công tác thanh tra, kiểm tra công vụ',
  'kỷ luật, kỷ cương hành chính',
];

export const SCOPES = [
  'trên địa bàn tỉnh',
  'tại các cơ quan, đơn vị',
  'theo quy định của pháp luật',
  'đảm bảo đúng tiến độ, chất lượng',
  'gắn với chuyển đổi số',
  'phục vụ người dân, doanh nghiệp',
  'năm 2026',
];

export const PURPOSES = [
  'nhằm nâng cao hiệu lực, hiệu quả quản lý nhà nước',
  'góp phần cải thiện môi trường đầu tư, kinh doanh',
  'bảo đảm tính thống nhất, đồng bộ của hệ thống pháp luật',
  'tạo thuận lợi cho người dân, doanh nghiệp',
];

export const OUTPUTS = [
  'Kế hoạch được ban hành',
  'Báo cáo kết quả thực hiện',
  'Quyết định của UBND tỉnh',
  'Văn bản chỉ đạo, hướng dẫn',
  'Hội nghị được tổ chức',
  'Cơ sở dữ liệu được cập nhật',
  'Đề án trình UBND tỉnh',
  'Thông báo kết quả kiểm tra',
];

/** Single accountable agencies of the current (post 1 July 2025) directory. */
export const LEADS = [
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Dân tộc và Tôn giáo', 'Thanh tra tỉnh', 'Công an tỉnh', 'Văn phòng UBND tỉnh',
  'Trung tâm Phục vụ hành chính công tỉnh', 'Bảo hiểm xã hội tỉnh', 'Thuế tỉnh',
];

/** Group names ("generic" in the directory): fine as supports, never generated as the only lead. */
export const GENERIC_SUPPORTS = ['Các sở, ban, ngành', 'UBND cấp xã', 'Các cơ quan, đơn vị liên quan'];

/** Names abolished on 1 July 2025 with their successor: each occurrence is one outdated-agency issue. */
export const OUTDATED = [
  { name: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' },
  { name: 'Sở Thông tin và Truyền thông', successor: 'Sở Khoa học và Công nghệ' },
  { name: 'Sở Lao động - Thương binh và Xã hội', successor: 'Sở Nội vụ' },
  { name: 'UBND cấp huyện', successor: 'UBND cấp xã' },
];
