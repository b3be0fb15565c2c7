/** The progress roles' synonyms do not take the plan's own columns. */
import { DEFAULT_SCHEMA } from '../../../src/core/schema/default-schema';
import { RoleMatcher } from '../../../src/core/schema/role-matcher';

const matcher = new RoleMatcher(DEFAULT_SCHEMA);

test.each([
  ['Tình trạng', 'status'], ['Trạng thái', 'status'], ['TÌNH TRẠNG THỰC HIỆN', 'status'],
  ['Ngày hoàn thành', 'completion'], ['Thời điểm hoàn thành', 'completion'], ['Ngày hoàn thành thực tế', 'completion'],
  ['Kết quả thực hiện', 'report'], ['Báo cáo', 'report'], ['Kết quả', 'report'],
  ['Tiến độ (%)', 'progress'], ['Ghi chú', 'note'],
  // The plan's columns keep their roles.
  ['Thời gian hoàn thành', 'deadline'], ['Thời hạn hoàn thành', 'deadline'], ['Tiến độ thực hiện', 'deadline'], ['Thời gian thực hiện', 'deadline'],
  ['Thời gian dự kiến hoàn thành', 'deadline'], ['THỜI GIAN HOÀN THÀNH', 'deadline'],
  ['Sản phẩm', 'output'], ['Kết quả dự kiến', 'output'], ['Sản phẩm/Kết quả dự kiến', 'output'], ['Kết quả cần đạt', 'output'],
  ['Sản phẩm, kết quả', 'output'], ['Kết quả đầu ra', 'output'],
  ['Cơ quan chủ trì', 'lead'], ['Nhiệm vụ', 'task'],
])('%s → %s', (header, role) => {
  expect(matcher.match(header)?.role).toBe(role);
});
