import type { z } from 'zod';
import type { AgencyDirectory, AgencyDirectorySchema } from './types';

type DirectoryInput = z.input<typeof AgencyDirectorySchema>;

/** Departments whose own inspectorates ("Thanh tra Sở Y tế") ended in 2025. */
const INSPECTED = [
  'Sở Y tế', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Nông nghiệp và Môi trường', 'Sở Công Thương', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ',
  'Sở Tư pháp', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Giao thông vận tải', 'Sở Tài nguyên và Môi trường',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông',
];

/** A province's agencies as organised since 1 July 2025 (two-tier local government, merged departments). */
export const DEFAULT_DATA: DirectoryInput = {
  agencies: [
    { name: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh', 'UBND cấp tỉnh'] },
    {
      name: 'Văn phòng HĐND và UBND cấp xã',
      aliases: [
        'Văn phòng HĐND và UBND xã', 'Văn phòng HĐND và UBND phường', 'Văn phòng HĐND và UBND đặc khu',
        'Văn phòng HĐND - UBND xã', 'Văn phòng HĐND - UBND phường', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
        'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
      ],
    },
    { name: 'Văn phòng UBND tỉnh', aliases: ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'VPUBND tỉnh'] },
    {
      name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
      aliases: ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh'],
    },
    { name: 'Sở Nội vụ' },
    { name: 'Sở Tài chính' },
    { name: 'Sở Tư pháp' },
    { name: 'Sở Xây dựng', aliases: ['Sở XD'] },
    { name: 'Sở Công Thương' },
    { name: 'Sở Nông nghiệp và Môi trường', aliases: ['Sở NN&MT', 'Sở NNMT', 'Sở Nông nghiệp - Môi trường'] },
    { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN', 'Sở Khoa học - Công nghệ'] },
    { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở Giáo dục - Đào tạo'] },
    { name: 'Sở Y tế' },
    { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VHTTDL', 'Sở VH,TT&DL', 'Sở VHTT&DL'] },
    { name: 'Sở Dân tộc và Tôn giáo', aliases: ['Sở DT&TG', 'Sở DTTG'] },
    { name: 'Sở Ngoại vụ' },
    { name: 'Thanh tra tỉnh' },
    { name: 'Công an tỉnh' },
    {
      name: 'Bộ đội Biên phòng tỉnh',
      aliases: [
        'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Ban Chỉ huy Bộ đội Biên phòng tỉnh', 'Bộ Chỉ huy BĐBP tỉnh', 'Ban Chỉ huy BĐBP tỉnh',
        'BCH BĐBP tỉnh', 'BĐBP tỉnh',
      ],
    },
    { name: 'Bộ Chỉ huy Quân sự tỉnh', aliases: ['Bộ CHQS tỉnh', 'BCHQS tỉnh', 'BCH Quân sự tỉnh'] },
    { name: 'Ban Quản lý các khu công nghiệp tỉnh', aliases: ['BQL các KCN tỉnh', 'Ban Quản lý các KCN tỉnh'] },
    { name: 'Ban Quản lý Khu kinh tế tỉnh', aliases: ['BQL Khu kinh tế tỉnh', 'BQL KKT tỉnh'] },
    {
      name: 'Ủy ban MTTQ Việt Nam tỉnh',
      aliases: [
        'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        'UBMTTQ Việt Nam tỉnh',
        'UBMTTQVN tỉnh',
        'Ủy ban MTTQ tỉnh',
        'UBMTTQ tỉnh',
      ],
    },
    {
      name: 'Báo và Phát thanh, Truyền hình tỉnh',
      aliases: ['Báo và PTTH tỉnh', 'Báo và PT-TH tỉnh', 'Báo và Phát thanh - Truyền hình tỉnh', 'Báo và PT, TH tỉnh'],
    },
    { name: 'Thuế tỉnh' },
    { name: 'Hải quan khu vực', aliases: ['Chi cục Hải quan khu vực'] },
    { name: 'Kho bạc Nhà nước khu vực', aliases: ['KBNN khu vực'] },
    { name: 'Bảo hiểm xã hội tỉnh', aliases: ['BHXH tỉnh'] },
    {
      name: 'Ngân hàng Nhà nước khu vực',
      aliases: ['Ngân hàng Nhà nước Chi nhánh khu vực', 'NHNN khu vực', 'NHNN Chi nhánh khu vực'],
    },
    { name: 'Trung tâm Phục vụ hành chính công tỉnh', aliases: ['Trung tâm PVHCC tỉnh'] },
    { name: 'Liên đoàn Lao động tỉnh', aliases: ['LĐLĐ tỉnh'] },
    { name: 'Tỉnh đoàn', aliases: ['Đoàn TNCS Hồ Chí Minh tỉnh'] },
    { name: 'Hội Liên hiệp Phụ nữ tỉnh', aliases: ['Hội LHPN tỉnh'] },
    { name: 'Hội Nông dân tỉnh' },
    { name: 'Hội Cựu chiến binh tỉnh' },
    { name: 'Văn phòng Tỉnh ủy' },
    { name: 'Ban Tổ chức Tỉnh ủy' },
    { name: 'Đảng ủy UBND tỉnh', aliases: ['Đảng ủy Ủy ban nhân dân tỉnh'] },
    { name: 'HĐND tỉnh', aliases: ['Hội đồng nhân dân tỉnh', 'Thường trực HĐND tỉnh', 'Thường trực Hội đồng nhân dân tỉnh'] },
    { name: 'Tòa án nhân dân tỉnh', aliases: ['TAND tỉnh'] },
    { name: 'Viện kiểm sát nhân dân tỉnh', aliases: ['VKSND tỉnh'] },
    { name: 'Trường Chính trị tỉnh' },
    {
      name: 'Ngân hàng Chính sách xã hội tỉnh',
      aliases: ['Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'Chi nhánh Ngân hàng Chính sách xã hội tỉnh', 'NHCSXH tỉnh', 'NHCSXH chi nhánh tỉnh'],
    },
    { name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', aliases: ['Ban Tuyên giáo và Dân vận'] },
    {
      name: 'Các sở, ban, ngành',
      kind: 'generic',
      aliases: [
        'các sở, ban, ngành tỉnh', 'các Sở, Ban, ngành', 'các sở ngành', 'sở, ban, ngành', 'các sở, ban ngành',
        'Thủ trưởng các sở, ban, ngành', 'Giám đốc các sở, ban, ngành', 'Thủ trưởng các sở, ban, ngành tỉnh',
        'Các sở, ban, ngành cấp tỉnh',
      ],
    },
    {
      name: 'UBND cấp xã',
      kind: 'generic',
      aliases: [
        'UBND các xã, phường',
        'UBND các xã, phường, đặc khu',
        'UBND các xã, phường và đặc khu',
        'Chủ tịch UBND các xã, phường',
        'Chủ tịch UBND cấp xã',
        'Các xã, phường',
        'Các xã, phường, đặc khu',
        'Ủy ban nhân dân cấp xã',
        'UBND xã, phường',
        'UBND các xã',
        'UBND các phường, xã',
        'UBND các phường, xã, đặc khu',
        'UBND phường',
      ],
    },
    // Commune-level bodies as a group: each commune has its own.
    { name: 'Công an cấp xã', kind: 'generic', aliases: ['Công an các xã, phường', 'Công an các xã, phường, đặc khu', 'Công an xã, phường', 'Công an các xã'] },
    {
      name: 'Trung tâm Phục vụ hành chính công cấp xã',
      kind: 'generic',
      aliases: ['Trung tâm Phục vụ hành chính công các xã, phường', 'Trung tâm PVHCC các xã, phường', 'Trung tâm PVHCC cấp xã'],
    },
    {
      name: 'Các cơ quan, đơn vị, địa phương',
      kind: 'generic',
      aliases: [
        'các cơ quan, đơn vị',
        'các cơ quan, địa phương',
        'các cơ quan, đơn vị liên quan',
        'các cơ quan có liên quan',
        'các đơn vị liên quan',
        'các cơ quan, đơn vị, địa phương liên quan',
        'các địa phương',
        'Thủ trưởng các cơ quan, đơn vị',
      ],
    },
    { name: 'Các chủ đầu tư', kind: 'generic' },
    {
      // A department's own plan: its units as a group.
      name: 'Các phòng, đơn vị thuộc Sở',
      kind: 'generic',
      aliases: [
        'Các đơn vị trực thuộc', 'Các đơn vị trực thuộc Sở', 'Các phòng, đơn vị trực thuộc', 'Các phòng, đơn vị trực thuộc Sở',
        'Các phòng chuyên môn', 'Các phòng chuyên môn thuộc Sở', 'Các phòng, ban, đơn vị', 'Các phòng, đơn vị',
      ],
    },
    { name: 'Các đơn vị sự nghiệp công lập', kind: 'generic' },
    {
      name: 'Các sở, ban, ngành, đoàn thể tỉnh',
      kind: 'generic',
      aliases: ['Các sở, ban, ngành, đoàn thể', 'Các sở, ban, ngành, đoàn thể, địa phương'],
    },
    {
      name: 'Các cơ quan chuyên môn thuộc UBND tỉnh',
      kind: 'generic',
      aliases: ['Các cơ quan chuyên môn', 'Các cơ quan, đơn vị trực thuộc UBND tỉnh'],
    },
    {
      name: 'Các tổ chức chính trị - xã hội',
      kind: 'generic',
      aliases: ['Các tổ chức chính trị - xã hội tỉnh', 'Các hội, đoàn thể', 'Các đoàn thể chính trị - xã hội', 'Các đoàn thể', 'Các tổ chức chính trị - xã hội - nghề nghiệp'],
    },
    { name: 'Các cơ quan báo chí', kind: 'generic', aliases: ['Các cơ quan thông tấn, báo chí', 'Các cơ quan báo chí, truyền thông'] },
    { name: 'Các cơ quan, tổ chức, cá nhân', kind: 'generic', aliases: ['Các tổ chức, cá nhân', 'Các doanh nghiệp'] },
    { name: 'UBND các cấp', kind: 'generic', aliases: ['Ủy ban nhân dân các cấp', 'Các cơ quan hành chính nhà nước các cấp'] },
  ],
  outdated: [
    { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'Sở KH và ĐT', 'Sở Kế hoạch - Đầu tư'], successor: 'Sở Tài chính' },
    {
      name: 'Sở Thông tin và Truyền thông',
      aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở TT và TT', 'Sở Thông tin - Truyền thông'],
      successor: 'Sở Khoa học và Công nghệ',
    },
    {
      name: 'Sở Tài nguyên và Môi trường',
      aliases: ['Sở TN&MT', 'Sở TNMT', 'Sở TN và MT', 'Sở Tài nguyên - Môi trường'],
      successor: 'Sở Nông nghiệp và Môi trường',
    },
    {
      name: 'Sở Nông nghiệp và Phát triển nông thôn',
      aliases: ['Sở NN&PTNT', 'Sở NNPTNT', 'Sở Nông nghiệp và PTNT', 'Sở NN và PTNT', 'Sở Nông nghiệp & PTNT'],
      successor: 'Sở Nông nghiệp và Môi trường',
    },
    { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT', 'Sở GT-VT', 'Sở Giao thông - Vận tải'], successor: 'Sở Xây dựng' },
    {
      name: 'Sở Lao động - Thương binh và Xã hội',
      aliases: [
        'Sở LĐTBXH', 'Sở Lao động, Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở LĐ-TBXH', 'Sở LĐTB&XH', 'Sở Lao động - TB&XH',
        'Sở Lao động TBXH',
      ],
      successor: 'Sở Nội vụ',
    },
    { name: 'Ban Dân tộc', successor: 'Sở Dân tộc và Tôn giáo' },
    { name: 'Cục Thuế tỉnh', successor: 'Thuế tỉnh' },
    { name: 'Chi cục Thuế khu vực', successor: 'Thuế tỉnh' },
    { name: 'Cục Hải quan tỉnh', successor: 'Hải quan khu vực' },
    { name: 'Kho bạc Nhà nước tỉnh', aliases: ['KBNN tỉnh'], successor: 'Kho bạc Nhà nước khu vực' },
    {
      name: 'Ngân hàng Nhà nước chi nhánh tỉnh',
      aliases: ['Chi nhánh Ngân hàng Nhà nước tỉnh'],
      successor: 'Ngân hàng Nhà nước khu vực',
    },
    {
      name: 'UBND cấp huyện',
      aliases: [
        'UBND các huyện, thành phố',
        'UBND các huyện, thị xã, thành phố',
        'Ủy ban nhân dân cấp huyện',
        'UBND huyện',
        'UBND các huyện, thị xã',
        'UBND các huyện, thành phố, thị xã',
        'UBND các huyện, thị xã, TP',
        'UBND các huyện, TP',
        'UBND các quận, huyện, thị xã',
        'UBND các quận, huyện',
      ],
      successor: 'UBND cấp xã',
    },
    {
      name: 'UBND các xã, phường, thị trấn',
      aliases: ['UBND xã, phường, thị trấn', 'UBND các xã, thị trấn', 'UBND xã, thị trấn', 'UBND các phường, xã, thị trấn', 'UBND thị trấn'],
      successor: 'UBND cấp xã',
    },
    {
      name: 'Đài Phát thanh và Truyền hình tỉnh',
      aliases: ['Đài PT-TH tỉnh', 'Đài PTTH tỉnh', 'Đài Phát thanh - Truyền hình tỉnh'],
      successor: 'Báo và Phát thanh, Truyền hình tỉnh',
    },
    // The province's newspaper and its radio-TV station became one body in 2025 (interim names included).
    { name: 'Báo tỉnh', successor: 'Báo và Phát thanh, Truyền hình tỉnh' },
    {
      name: 'Báo và Đài Phát thanh - Truyền hình tỉnh',
      aliases: ['Báo và Đài PT-TH tỉnh', 'Báo và Đài Phát thanh và Truyền hình tỉnh', 'Báo và Đài PTTH tỉnh'],
      successor: 'Báo và Phát thanh, Truyền hình tỉnh',
    },
    { name: 'Công an huyện', aliases: ['Công an cấp huyện', 'Công an các huyện'], successor: 'Công an tỉnh' },
    { name: 'Thanh tra huyện', aliases: ['Thanh tra cấp huyện'], successor: 'Thanh tra tỉnh' },
    // Department inspectorates ended with the 2025 reorganisation of the inspection system (Kết luận 134-KL/TW).
    {
      name: 'Thanh tra Sở',
      aliases: ['Thanh tra các sở', 'Thanh tra sở, ngành', ...INSPECTED.map((d) => `Thanh tra ${d}`)],
      successor: 'Thanh tra tỉnh',
    },
    { name: 'Ban Tôn giáo', aliases: ['Ban Tôn giáo tỉnh', 'Ban Tôn giáo Sở Nội vụ'], successor: 'Sở Dân tộc và Tôn giáo' },
    { name: 'Cục Quản lý thị trường tỉnh', aliases: ['Cục QLTT tỉnh'], successor: 'Sở Công Thương' },
    { name: 'Ban cán sự đảng UBND tỉnh', aliases: ['Ban cán sự Đảng Ủy ban nhân dân tỉnh'], successor: 'Đảng ủy UBND tỉnh' },
    { name: 'Ban Tuyên giáo Tỉnh ủy', successor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    { name: 'Ban Dân vận Tỉnh ủy', successor: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
  ],
};

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The schema's defaults (no aliases; kind "agency"), applied without loading zod: test/core/agency checks them against the schema. */
export function withDefaults(input: DirectoryInput): AgencyDirectory {
  return {
    agencies: input.agencies.map((e) => ({ name: e.name, aliases: e.aliases ?? [], kind: e.kind ?? 'agency' })),
    outdated: input.outdated.map((e) => ({ name: e.name, aliases: e.aliases ?? [], successor: e.successor })),
  };
}

/** Frozen: lookup indexes are cached per directory object, so directories must not change after first use. */
export const DEFAULT_DIRECTORY: AgencyDirectory = deepFreeze(withDefaults(DEFAULT_DATA));
