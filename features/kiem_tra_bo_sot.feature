# language: vi
@family:exclusion
Tính năng: Kiểm tra bỏ sót đối tượng
  Hộ tính theo chuẩn là hộ nghèo, cận nghèo nhưng không có trong danh sách công nhận (D5), và hộ đủ
  điều kiện vay theo tình trạng được công nhận nhưng chưa có khoản vay nào (danh sách cần tiếp cận).

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:exclusion.computed_not_listed
  Tình huống: Hộ nghèo theo chuẩn nhưng không có trong danh sách
    Cho hộ "H11" ở nông thôn có thu nhập 1.200.000 đồng/người/tháng
    Và hộ "H11" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "exclusion.computed_not_listed" cho hộ "H11"
    Và cảnh báo đó nêu "là 'Hộ nghèo'"
    Và cảnh báo đó nêu "'không thuộc danh sách'"

  @flag:exclusion.computed_not_listed
  Tình huống: Hộ cận nghèo theo chuẩn mà danh sách ghi đã thoát cận nghèo
    Cho hộ "H12" ở nông thôn có thu nhập 1.500.000 đồng/người/tháng
    Và hộ "H12" được UBND xã công nhận "hộ mới thoát cận nghèo" ngày 15/12/2024
    Và hộ "H13" ở nông thôn có thu nhập 1.500.001 đồng/người/tháng
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "exclusion.computed_not_listed" cho hộ "H12"
    Và không có cảnh báo "exclusion.computed_not_listed" cho hộ "H13"

  @flag:exclusion.outreach_no_loan
  Tình huống: Hộ nghèo có nhu cầu vay vốn nhưng chưa có khoản vay nào
    Cho hộ "H14" ở nông thôn có thu nhập 1.000.000 đồng/người/tháng
    Và hộ "H14" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H14" được UBND xã công nhận "hộ nghèo" ngày 15/12/2024
    Và hộ "H14" có nhu cầu vay vốn
    Và hộ "H15" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H15" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Và hộ "H15" không có nhu cầu vay vốn
    Và sổ vay không có khoản vay nào
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "exclusion.outreach_no_loan" cho hộ "H14"
    Và cảnh báo đó có mức độ "trung bình"
    Và cảnh báo đó nêu "Cho vay hộ nghèo (còn được vay tối đa 100.000.000 đồng)"
    Và không có cảnh báo "exclusion.outreach_no_loan" cho hộ "H15"

  @flag:exclusion.outreach_no_loan
  Tình huống: Hộ cận nghèo chưa ghi nhận nhu cầu vay thì vào danh sách cần hỏi
    Cho hộ "H16" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H16" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Và hộ "H17" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H17" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình         | giải ngân  |
      | V17          | H17 | Cho vay hộ cận nghèo | 30.000.000 |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "exclusion.outreach_no_loan" cho hộ "H16"
    Và cảnh báo đó có mức độ "thấp"
    Và cảnh báo đó nêu "chưa ghi nhận nhu cầu vay vốn"
    Và không có cảnh báo "exclusion.outreach_no_loan" cho hộ "H17"
