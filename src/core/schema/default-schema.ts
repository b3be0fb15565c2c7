import type { ColumnSchema } from './column-schema';
import type { Role } from './roles';

/** The standard column schema as plain data; test/core/schema checks it against ColumnSchemaSchema. */
export const DEFAULT_SCHEMA: ColumnSchema = {
  synonyms: {
    number: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự', 'No'],
    task: [
      'Nhiệm vụ', 'Nội dung', 'Nhiệm vụ cụ thể', 'Nội dung thực hiện', 'Nội dung nhiệm vụ', 'Nội dung công việc',
      'Tên nhiệm vụ', 'Nhiệm vụ, giải pháp', 'Nhiệm vụ giải pháp', 'Công việc', 'Nội dung triển khai',
      'Một số chỉ tiêu chủ yếu', 'Chỉ tiêu chủ yếu', 'Tên chỉ tiêu', 'Chỉ tiêu', 'Nhiệm vụ trọng tâm',
      'Tên đề án', 'Tên văn bản', 'Tên đề án, văn bản', 'Nội dung hoạt động', '=Hoạt động', '=Các hoạt động', 'Tên dự án',
      'Tên hoạt động',
    ],
    lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì', 'Cơ quan chủ trì thực hiện', 'Đơn vị chủ trì thực hiện', 'Cơ quan, đơn vị chủ trì', 'Cơ quan chịu trách nhiệm', 'Cơ quan thực hiện chủ trì', 'Cơ quan tham mưu', 'Đơn vị tham mưu', 'Cơ quan trình', 'Cơ quan đầu mối', 'Đơn vị đầu mối', 'Đơn vị phụ trách', 'Cơ quan phụ trách',
      'Chủ trì, phối hợp', 'Cơ quan chủ trì, phối hợp', 'Đơn vị chủ trì, phối hợp', 'Cơ quan chủ trì và phối hợp'],
    support: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp', 'Cơ quan phối hợp thực hiện', 'Cơ quan, đơn vị phối hợp', 'Cơ quan thực hiện phối hợp'],
    deadline: [
      'Thời gian hoàn thành', 'Thời gian thực hiện', 'Thời hạn', 'Thời hạn hoàn thành', 'Tiến độ thực hiện',
      'Thời gian', 'Thời hạn thực hiện', 'Tiến độ hoàn thành', 'Hạn hoàn thành', 'Thời gian dự kiến hoàn thành',
      'Thời gian trình', 'Thời hạn trình', 'Thời gian hoàn thành dự kiến', 'Lộ trình thực hiện', 'Lộ trình', 'Năm hoàn thành',
      'Thời gian triển khai', 'Thời hạn ban hành', 'Thời gian ban hành',
    ],
    output: ['Sản phẩm', 'Kết quả dự kiến', 'Kết quả cần đạt', 'Sản phẩm kết quả dự kiến', 'Sản phẩm đầu ra', 'Hình thức sản phẩm', 'Kết quả đầu ra', 'Yêu cầu đạt được', 'Mục tiêu cần đạt', 'Dự kiến sản phẩm', 'Hình thức văn bản'],
    area: ['Lĩnh vực', 'Lĩnh vực tiêu chí', 'Lĩnh vực tiêu chí tiêu chí thành phần', 'Tiêu chí', 'Lĩnh vực tiêu chí bị mất điểm', 'Tiêu chí thành phần', 'Nhóm nhiệm vụ', 'Lĩnh vực tiêu chí tiêu chỉ thành phần', 'Chỉ số thành phần'],
    shortcoming: ['Tồn tại hạn chế', 'Tồn tại', 'Hạn chế', 'Hạn chế tồn tại', 'Nguyên nhân', 'Tồn tại hạn chế nguyên nhân'],
    executor: ['Cơ quan thực hiện', 'Đơn vị thực hiện', 'Cơ quan, đơn vị thực hiện', 'Trách nhiệm thực hiện'],
    unit: ['Đơn vị tính', 'ĐVT'],
    target: ['Kế hoạch năm', 'Chỉ tiêu kế hoạch', 'Chỉ tiêu năm', 'Mục tiêu', 'Kế hoạch', 'Chỉ tiêu giao', 'Chỉ tiêu phấn đấu'],
    directing: ['Lãnh đạo UBND tỉnh chỉ đạo', 'Lãnh đạo chỉ đạo', 'Chỉ đạo', 'Lãnh đạo phụ trách', 'Người chỉ đạo', 'Lãnh đạo UBND tỉnh phụ trách', 'Lãnh đạo Sở phụ trách', 'Lãnh đạo Sở chỉ đạo'],
    status: ['Tình trạng', 'Trạng thái', 'Tình hình thực hiện', 'Tình trạng thực hiện', 'Trạng thái thực hiện', 'Tình hình triển khai'],
    progress: ['Tiến độ', 'Tiến độ %', 'Tỷ lệ hoàn thành', 'Tiến độ hiện tại', 'Phần trăm hoàn thành', 'Mức độ hoàn thành'],
    completion: ['Ngày hoàn thành', 'Ngày hoàn thành thực tế', 'Thời gian hoàn thành thực tế', 'Thời điểm hoàn thành'],
    report: ['Kết quả thực hiện', 'Báo cáo', 'Kết quả', 'Báo cáo kết quả', 'Kết quả triển khai'],
    note: ['Ghi chú', 'Ghi chú khác'],
  } satisfies Record<Role, string[]>,
  tableKinds: [
    { name: 'indicator', signature: ['unit', 'target'], required: ['task'] },
    { name: 'task', signature: [], required: ['task', 'lead', 'deadline'] },
  ],
};
