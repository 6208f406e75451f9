# language: vi
@family:transition
Tính năng: Kiểm tra biến động so với kỳ rà soát trước
  Tình trạng hộ nghèo, cận nghèo chỉ đổi theo quyết định công nhận của Chủ tịch UBND xã (QĐ 24/2021,
  bước 6; D5). Hộ mà tình trạng nay khác kỳ trước trong khi quyết định gần nhất có từ trước kỳ trước
  (hoặc không có ngày) là đổi mà không có quyết định mới.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:transition.changed_without_decision
  Tình huống: Danh sách đổi hộ nghèo thành hộ cận nghèo mà không có quyết định mới
    Cho danh sách kỳ trước ngày 31/12/2024 ghi hộ "H71" là "hộ nghèo" theo quyết định ngày 15/12/2023
    Và hộ "H71" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và danh sách ghi hộ "H71" là "hộ cận nghèo" theo quyết định ngày 15/12/2023
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "transition.changed_without_decision" cho hộ "H71"
    Và cảnh báo đó nêu "Tình trạng kỳ trước (31/12/2024) là 'hộ nghèo', nay là 'hộ cận nghèo'"
    Và cảnh báo đó có căn cứ "Quyết định 24/2021/QĐ-TTg"

  @flag:transition.changed_without_decision
  Tình huống: Hộ thoát nghèo có quyết định mới thì là biến động bình thường
    Cho danh sách kỳ trước ngày 31/12/2024 ghi hộ "H72" là "hộ nghèo" theo quyết định ngày 15/12/2023
    Và hộ "H72" ở nông thôn có thu nhập 2.300.000 đồng/người/tháng
    Và danh sách ghi hộ "H72" là "hộ mới thoát nghèo" theo quyết định ngày 12/12/2025
    Khi kiểm tra danh sách và sổ vay
    Thì không có cảnh báo "transition.changed_without_decision" cho hộ "H72"
